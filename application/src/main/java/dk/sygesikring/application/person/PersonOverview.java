package dk.sygesikring.application.person;

import dk.sygesikring.application.forloeb.ForloebView;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.person.FamilyAndResidence;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import java.util.List;
import java.util.Optional;

/**
 * The person overview (PER-8): about the person, family and residence, the doctor-choice card as of today (group,
 * doctor, valid from, and the health card valid today with where it is) and the latest 5 forløb (FORL-2), each as the reader may see it (ROLE-2).
 */
public record PersonOverview(PersonView person, FamilyAndResidence family, Optional<InsuranceRegistration> insuranceToday,
                             Optional<Practitioner> doctorToday, Optional<CardOrder> cardToday, List<ForloebView> latestForloeb) {

    public static final int LATEST_FORLOEB = 5;
}
