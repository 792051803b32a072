package dk.sygesikring.application.letter.regional;

import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.application.port.out.luna.LunaPort;
import dk.sygesikring.application.port.out.luna.RegionalLetter;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.letter.RegionalLetterPeriod;
import dk.sygesikring.domain.result.Outcome;
import jakarta.inject.Singleton;
import java.util.Comparator;

/**
 * LET-7. The period is checked against the configured longest one first, so a look-up that cannot be made reads no
 * person and writes no audit line. Then the person gate decides who may read the person (any caseworker, the citizen
 * for themselves and the children in their custody, the system; ROLE-3, ROLE-4) and audits a caseworker's read
 * (AUD-1) before LUNA is asked, outside the database transaction: a slow LUNA holds no connection.
 */
@Singleton
public class RegionalLettersService implements LookUpRegionalLettersUseCase {

    private static final Comparator<RegionalLetter> NEWEST_FIRST =
            Comparator.comparing(RegionalLetter::sentDate).reversed();

    private final PersonGate persons;
    private final LunaPort luna;
    private final LoadConfigurationPort configuration;
    private final TransactionPort transactions;

    public RegionalLettersService(PersonGate persons, LunaPort luna, LoadConfigurationPort configuration,
                                  TransactionPort transactions) {
        this.persons = persons;
        this.luna = luna;
        this.configuration = configuration;
        this.transactions = transactions;
    }

    @Override
    public Outcome<RegionalLetters> lookUp(LookUpRegionalLettersQuery query) {
        RegionalLetterPeriod period = RegionalLetterPeriod.of(query.from(), query.to(),
                configuration.loadGlobal().regionalLetterPeriodMax());
        return transactions.inTransaction(() -> persons.readable(query.reader(), query.cpr(), AuditAction.READ_REGIONAL_LETTERS))
                .map(person -> new RegionalLetters(query.cpr(), period,
                        luna.regionalLetters(query.cpr(), period).stream().sorted(NEWEST_FIRST).toList()));
    }
}
