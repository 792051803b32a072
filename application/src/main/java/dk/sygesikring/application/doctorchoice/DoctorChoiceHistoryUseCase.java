package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;

public interface DoctorChoiceHistoryUseCase {

    /** DOC-10's three views of the history. */
    enum View {
        /** The registration in force today and those still to come. */
        CURRENT,
        /** Card orders only. */
        CARD_ORDERS,
        /** Everything. */
        REGISTRATIONS
    }

    Outcome<DoctorChoiceHistory> history(Actor reader, Cpr cpr, View view);
}
