package dk.sygesikring.dev.demo;

import dk.sygesikring.application.port.out.CprPersonRecord;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.LoadPersonPort;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.SavePersonPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.simulators.population.DemoPopulation;
import dk.sygesikring.simulators.population.WellKnown;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the synthetic population and practitioners into the service's register at the first start
 * of the dev environment, through the same ports CPR and LUNA data arrive by. A later start finds
 * them (the dev database is kept between runs) and loads nothing.
 */
@Singleton
@Requires(property = "sygesikring.demo-data.enabled", value = "true")
class DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoPopulation population;
    private final LoadPersonPort loadPersons;
    private final SavePersonPort savePersons;
    private final PractitionerRegisterPort practitioners;
    private final RegistrationPort registrations;
    private final TransactionPort transactions;

    DemoDataLoader(DemoPopulation population, LoadPersonPort loadPersons, SavePersonPort savePersons,
                   PractitionerRegisterPort practitioners, RegistrationPort registrations, TransactionPort transactions) {
        this.population = population;
        this.loadPersons = loadPersons;
        this.savePersons = savePersons;
        this.practitioners = practitioners;
        this.registrations = registrations;
        this.transactions = transactions;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (loadPersons.loadPerson(WellKnown.KBH_MOTHER).isPresent()) {
            LOG.info("Demo data already loaded");
            return;
        }
        long started = System.nanoTime();
        transactions.inTransaction(() -> {
            practitioners.savePractitioners(population.practitioners());
            population.persons().forEach(person -> savePersons.save(recordOf(person)));
            population.registrations().all().forEach(registration -> registrations.record(new InsuranceRegistration(registration.cpr(),
                    registration.group(), registration.providerNumber(), registration.validFrom(), registration.registeredAt(),
                    registration.registrationId(), null)));
            return null;
        });
        LOG.info("Loaded demo data: {} persons, {} relations, {} practitioners, {} registrations from LUNA (seed {}) in {} ms",
                population.persons().size(), population.relations().size(), population.practitioners().size(),
                population.registrations().all().size(),
                population.seed(), (System.nanoTime() - started) / 1_000_000);
    }

    private CprPersonRecord recordOf(Person person) {
        List<Relation> relations = population.relationsOf(person.cpr());
        List<Person> related = relations.stream()
                .map(relation -> relation.otherThan(person.cpr()))
                .distinct()
                .map(this::personOf)
                .toList();
        return new CprPersonRecord(person, relations, related);
    }

    private Person personOf(Cpr cpr) {
        return population.person(cpr).orElseThrow(() -> new IllegalStateException("the demo population relates to an absent person " + cpr));
    }
}
