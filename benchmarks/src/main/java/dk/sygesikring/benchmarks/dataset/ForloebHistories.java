package dk.sygesikring.benchmarks.dataset;

import dk.sygesikring.domain.doctorchoice.Availability;
import dk.sygesikring.domain.doctorchoice.ChoiceReason;
import dk.sygesikring.domain.doctorchoice.ChosenPerson;
import dk.sygesikring.domain.doctorchoice.Consent;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceForloeb;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.GroupChange;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.person.RelationType;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.simulators.population.NationalPopulation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Historic forløb of one municipality's persons, made with the domain's own types and walked through the steps the
 * service takes (the same details, activities, notes and actors as {@code DoctorChoiceForloeb}, {@code
 * DoctorChoiceProgress}, {@code LunaConfirmations}, {@code DispensationRejection}, {@code GroupChangeForloeb} and
 * {@code MissingDoctorChoice}), so the rows are the ones the persistence adapters would write: doctor choices (an open
 * doctor, a closed one with a dispensation approved or refused, a move waiting for CPR), group changes, and the
 * forløb those bring (the rejection letter, the missing doctor after a change to group 1). Mostly completed, some
 * cancelled, and those of the last month still in progress. Spread over {@link #FIRST} to {@link #REFERENCE};
 * deterministic for the seed. The cards and receipt letters of a choice in effect are closed a few days later, as
 * the cards-and-letters capability will close them; in progress they stay open, as the service leaves them today.
 */
final class ForloebHistories {

    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    /** The dataset's day: the registrations and the audit end here. */
    static final LocalDate REFERENCE = LocalDate.of(2026, 12, 1);
    /** NATIONAL: about 3,000,000 forløb for 6,000,000 persons. */
    static final double DEFAULT_PER_PERSON = 0.5;

    static final Creator LUNA = Creator.system("LUNA");
    static final Creator DIGITAL_POST = Creator.system("Digital Post");
    static final Creator CPR_EVENTS = Creator.system("CPR");
    static final Creator DISPENSATION = Creator.system("Dispensation");
    static final Creator DISPENSATION_DEADLINE = Creator.system("Dispensationsfrist");
    static final Creator GROUP_ONE_WITHOUT_DOCTOR = Creator.system("Gruppe 1 uden læge");
    static final Creator CONSENT_DEADLINE = Creator.system("Samtykkefrist");
    static final Creator CARDS = Creator.system("Sundhedskort");

    /** A forløb with the aggregate of its kind, when its kind has one. */
    record Made(Forloeb forloeb, DoctorChoice choice, GroupChange change) {
    }

    private final Map<String, List<Practitioner>> regularByMunicipality = new HashMap<>();
    private final double perPerson;
    private final Random random;
    private final long firstSecond = FIRST.atStartOfDay(DANISH_TIME).toEpochSecond();
    private final long lastClosedSecond = REFERENCE.minusDays(35).atStartOfDay(DANISH_TIME).toEpochSecond();
    private MunicipalityCode municipality;
    private int caseworkers;
    private final long referenceSecond = REFERENCE.atStartOfDay(DANISH_TIME).toEpochSecond();

    ForloebHistories(List<Practitioner> practitioners, long seed, double perPerson) {
        practitioners.stream().filter(practitioner -> practitioner.kind() == PractitionerKind.REGULAR)
                .forEach(practitioner -> regularByMunicipality
                        .computeIfAbsent(practitioner.municipalityCode().value(), code -> new ArrayList<>()).add(practitioner));
        this.perPerson = perPerson;
        this.random = new Random(seed ^ 0x466f726cL);
    }

    List<Made> of(NationalPopulation.Municipality municipality) {
        List<Person> active = municipality.persons().stream()
                .filter(person -> person.isActive() && person.address().municipalityCode().equals(municipality.code())).toList();
        List<Practitioner> doctors = regularByMunicipality.get(municipality.code().value());
        if (active.isEmpty() || doctors == null) {
            return List.of();
        }
        Map<Cpr, List<Cpr>> childrenOf = municipality.relations().stream()
                .filter(relation -> relation.type() == RelationType.CUSTODY)
                .collect(Collectors.groupingBy(Relation::holder, Collectors.mapping(Relation::subject, Collectors.toList())));
        double wanted = municipality.persons().size() * perPerson;
        long count = (long) wanted + (random.nextDouble() < wanted - (long) wanted ? 1 : 0);
        this.municipality = municipality.code();
        this.caseworkers = AuditHistories.caseworkersFor(municipality.persons().size());
        List<Made> made = new ArrayList<>((int) count + 16);
        while (made.size() < count) {
            Person main = active.get(random.nextInt(active.size()));
            boolean inProgress = random.nextInt(100) < 3;
            Instant created = inProgress ? Instant.ofEpochSecond(referenceSecond - 1 - random.nextLong(30L * 86_400))
                    : daytime(Instant.ofEpochSecond(firstSecond + random.nextLong(lastClosedSecond - firstSecond)));
            Creator creator = random.nextInt(100) < 55 ? new Creator(Creator.Kind.CITIZEN, main.cpr().value())
                    : new Creator(Creator.Kind.CASEWORKER, AuditHistories.caseworkerId(municipality.code(), random.nextInt(caseworkers)));
            if (random.nextInt(100) < 70) {
                List<Cpr> persons = new ArrayList<>(List.of(main.cpr()));
                LocalDate day = LocalDate.ofInstant(created, DANISH_TIME);
                if (random.nextInt(100) < 40) {
                    childrenOf.getOrDefault(main.cpr(), List.of()).stream()
                            .filter(child -> child.birthDate().isBefore(day) && child.birthDate().plusYears(15).isAfter(day))
                            .forEach(persons::add);
                }
                doctorChoice(made, municipality.code(), creator, persons, doctors, created, inProgress);
            } else {
                groupChange(made, municipality.code(), creator, main.cpr(), created, inProgress);
            }
        }
        return made;
    }

    private void doctorChoice(List<Made> made, MunicipalityCode municipality, Creator creator, List<Cpr> cprs,
                              List<Practitioner> doctors, Instant t, boolean inProgress) {
        ProviderNumber doctor = doctors.get(random.nextInt(doctors.size())).providerNumber();
        int path = random.nextInt(100);
        boolean closedDoctor = path < 12;
        ChoiceReason reason = closedDoctor || random.nextInt(100) < 85 ? ChoiceReason.SELF_CHOSEN : ChoiceReason.MOVE;
        LocalDate today = LocalDate.ofInstant(t, DANISH_TIME);
        Availability basis = closedDoctor ? Availability.needsDispensation("DOC-3", "the practice is closed for new patients")
                : Availability.choosable("DOC-2", "the practice is open for new patients");
        List<ChosenPerson> persons = new ArrayList<>();
        for (Cpr cpr : cprs) {
            int answer = random.nextInt(100);
            persons.add(new ChosenPerson(cpr, answer < 70 ? Consent.yes() : answer < 90 ? Consent.no()
                    : Consent.dontKnowUntil(today.plusDays(8)), basis));
        }
        ForloebId id = new ForloebId(uuid());
        DoctorChoice choice = new DoctorChoice(id, municipality, doctor, today.plusDays(random.nextInt(30)), reason, persons,
                false, today, closedDoctor ? new DoctorChoiceState.AwaitingDispensation(today.plusDays(14))
                : reason.waitsForCprMoveEvent() ? new DoctorChoiceState.AwaitingMoveEvent() : new DoctorChoiceState.AwaitingLuna());
        Forloeb f = DoctorChoiceForloeb.of(choice, creator, t);
        if (choice.lastDayToSettleConsent().isPresent()) {
            LocalDate lastDay = choice.lastDayToSettleConsent().get();
            f = f.withActivity(activity(ActivityType.AWAIT_CONSENT, t, lastDay,
                    "Samtykke til journaloverførsel \"ved ikke\" kan afklares til og med " + lastDay + " (DOC-5)"));
        }
        Instant now = t;
        if (closedDoctor) {
            f = f.withActivity(activity(ActivityType.SEND_DISPENSATION_APPLICATION, t, null,
                            "Ansøgning om dispensation sendes til yder " + doctor.value()))
                    .withActivity(activity(ActivityType.AWAIT_DISPENSATION, t, today.plusDays(14),
                            "Afventer lægens svar på dispensation senest " + today.plusDays(14) + " (DOC-4)"));
            now = later(now, 60, 600);
            f = f.closeActivity(ActivityType.SEND_DISPENSATION_APPLICATION, ActivityState.DONE, now, DIGITAL_POST,
                    "Leveret til Digital Post (" + uuid() + ")");
            if (inProgress) {
                made.add(new Made(f, choice, null));
                return;
            }
            now = later(now, 86_400, 12 * 86_400);
            if (random.nextInt(100) < 40) {
                boolean silent = random.nextInt(3) == 0;
                Creator by = silent ? DISPENSATION_DEADLINE : caseworkerOr(creator);
                f = f.closeActivity(ActivityType.AWAIT_DISPENSATION, ActivityState.FAILED, now, by, "Dispensation afvist");
                f = endConsentPeriod(f, choice, now, false);
                choice = choice.dispensationAnswered(false, by, now).orElseThrow();
                Forloeb letter = Forloeb.start(new ForloebId(uuid()), ForloebType.DISPENSATION_REJECTION, municipality,
                                DISPENSATION, f.mainPerson(), cprs, now, f.id())
                        .withDetail("ydernummer", doctor.value(), DISPENSATION, now)
                        .withDetail("afslag", silent ? "Intet svar fra lægen inden for svarfristen" : "Lægen afviste", DISPENSATION, now)
                        .withActivity(activity(ActivityType.SEND_LETTER, now, null,
                                "Brev om afslag på lægevalg sendes til " + f.mainPerson().value()));
                Instant delivered = later(now, 30, 600);
                letter = letter.closeActivity(ActivityType.SEND_LETTER, ActivityState.DONE, delivered, DIGITAL_POST,
                        "Leveret til Digital Post (" + uuid() + ")").completeIfNothingOpen(delivered);
                made.add(new Made(f.completeIfNothingOpen(now), choice, null));
                made.add(new Made(letter, null, null));
                return;
            }
            Creator by = caseworkerOr(creator);
            f = f.closeActivity(ActivityType.AWAIT_DISPENSATION, ActivityState.DONE, now, by, "Dispensation godkendt");
            choice = choice.dispensationAnswered(true, by, now).orElseThrow();
        } else if (choice.state() instanceof DoctorChoiceState.AwaitingMoveEvent) {
            f = f.withActivity(activity(ActivityType.AWAIT_MOVE_EVENT, t, null, "Afventer flyttehændelse fra CPR (DOC-9)"));
            if (inProgress) {
                made.add(new Made(f, choice, null));
                return;
            }
            if (random.nextInt(100) < 15) {
                now = later(now, 3_600, 10 * 86_400);
                Creator by = caseworkerOr(creator);
                f = f.cancel(by, now).orElseThrow();
                made.add(new Made(f, choice.cancel(by, now).orElseThrow(), null));
                return;
            }
            now = later(now, 86_400, 20 * 86_400);
            f = f.closeActivity(ActivityType.AWAIT_MOVE_EVENT, ActivityState.DONE, now, CPR_EVENTS, "Flyttehændelse modtaget fra CPR");
            choice = choice.moveEventArrived().orElseThrow();
        }
        f = f.withActivity(activity(ActivityType.AWAIT_LUNA, now, null, "Lægevalg " + doctor.value()
                + " registreres i LUNA for " + cprs.stream().map(Cpr::value).collect(Collectors.joining(", "))));
        now = later(now, 1, 120);
        f = f.closeActivity(ActivityType.AWAIT_LUNA, ActivityState.DONE, now, LUNA, "Registreret i LUNA (" + uuid() + ")");
        choice = choice.registeredInLuna(now);
        for (ChosenPerson person : choice.persons()) {
            f = f.withActivity(activity(ActivityType.ORDER_CARD, now, null, "Sundhedskort bestilles for " + person.cpr().value() + " (DOC-12)"));
        }
        f = f.withActivity(activity(ActivityType.SEND_LETTER, now, null, "Kvittering for lægevalg sendes til " + cprs.get(0).value()));
        if (!inProgress) {
            Instant done = later(now, 86_400, 6 * 86_400);
            f = endConsentPeriod(f, choice, done, true);
            done = later(done, 0, 3_600);
            for (Activity open : f.activities().stream().filter(Activity::isOpen).toList()) {
                f = open.type() == ActivityType.ORDER_CARD
                        ? f.closeActivity(open.id(), ActivityState.DONE, done, CARDS, "Bestilt hos kortleverandøren")
                        : f.closeActivity(open.id(), ActivityState.DONE, done, DIGITAL_POST, "Leveret til Digital Post (" + uuid() + ")");
            }
            f = f.completeIfNothingOpen(done);
        }
        made.add(new Made(f, choice, null));
    }

    /**
     * DOC-5: a "don't know" not settled counts as no once its period is over ({@code ConsentDeadline}), or the activity
     * is cancelled when the choice ends before ({@code DispensationRejection}).
     */
    private Forloeb endConsentPeriod(Forloeb f, DoctorChoice choice, Instant at, boolean periodOver) {
        if (f.openActivity(ActivityType.AWAIT_CONSENT).isEmpty()) {
            return f;
        }
        if (!periodOver) {
            return f.closeActivity(ActivityType.AWAIT_CONSENT, ActivityState.CANCELLED, at, DISPENSATION, "Lægevalget blev ikke godkendt");
        }
        LocalDate lastDay = choice.lastDayToSettleConsent().orElseThrow();
        Instant over = lastDay.plusDays(1).atStartOfDay(DANISH_TIME).toInstant();
        Forloeb changed = f;
        for (ChosenPerson person : choice.persons()) {
            if (person.consent() instanceof Consent.DontKnow) {
                changed = changed.withDetail("samtykke", person.cpr(), "NO", CONSENT_DEADLINE, over);
            }
        }
        return changed.closeActivity(ActivityType.AWAIT_CONSENT, ActivityState.DONE, over, CONSENT_DEADLINE,
                "\"Ved ikke\" gælder som nej efter " + lastDay + " (DOC-5)");
    }

    private void groupChange(List<Made> made, MunicipalityCode municipality, Creator creator, Cpr cpr, Instant t, boolean inProgress) {
        Sikringsgruppe group = random.nextInt(100) < 60 ? Sikringsgruppe.GROUP_2 : Sikringsgruppe.GROUP_1;
        LocalDate validFrom = LocalDate.ofInstant(t, DANISH_TIME).plusDays(random.nextInt(45));
        Forloeb f = Forloeb.start(new ForloebId(uuid()), ForloebType.GROUP_CHANGE, municipality, creator, cpr, List.of(cpr), t, null)
                .withDetail("sikringsgruppe", String.valueOf(group.number()), creator, t)
                .withDetail("gyldigFra", validFrom.toString(), creator, t)
                .withActivity(activity(ActivityType.AWAIT_LUNA, t, null, "Gruppeskift til " + group.number() + " registreres i LUNA"));
        GroupChange change = GroupChange.requested(f.id(), cpr, group, validFrom, t);
        if (inProgress) {
            made.add(new Made(f, null, change));
            return;
        }
        if (random.nextInt(100) < 5) {
            Instant at = later(t, 5, 60);
            Creator by = caseworkerOr(creator);
            made.add(new Made(f.cancel(by, at).orElseThrow(), null, change.cancelled(at)));
            return;
        }
        Instant now = later(t, 1, 120);
        f = f.closeActivity(ActivityType.AWAIT_LUNA, ActivityState.DONE, now, LUNA, "Registreret i LUNA (" + uuid() + ")")
                .completeIfNothingOpen(now);
        made.add(new Made(f, null, change.registeredInLuna(now)));
        if (group == Sikringsgruppe.GROUP_1 && random.nextInt(100) < 30) {
            Forloeb missing = Forloeb.start(new ForloebId(uuid()), ForloebType.MISSING_DOCTOR_CHOICE, municipality,
                            GROUP_ONE_WITHOUT_DOCTOR, cpr, List.of(cpr), now, f.id())
                    .withDetail("gyldigFra", validFrom.toString(), GROUP_ONE_WITHOUT_DOCTOR, now)
                    .withActivity(activity(ActivityType.MANUAL_TASK, now, LocalDate.ofInstant(now, DANISH_TIME).plusDays(10),
                            "Sikrede er i gruppe 1 fra " + validFrom + " uden læge: vælg en læge (GRP-7, DOC-13)"));
            Instant done = later(now, 3_600, 9 * 86_400);
            Creator caseworker = caseworkerOr(creator);
            missing = missing.closeActivity(ActivityType.MANUAL_TASK, ActivityState.DONE, done, caseworker, "Læge valgt")
                    .completeIfNothingOpen(done);
            made.add(new Made(missing, null, null));
        }
    }

    private Creator caseworkerOr(Creator creator) {
        return creator.kind() == Creator.Kind.CASEWORKER ? creator
                : new Creator(Creator.Kind.CASEWORKER, AuditHistories.caseworkerId(municipality, random.nextInt(caseworkers)));
    }

    private Activity activity(ActivityType type, Instant at, LocalDate deadline, String note) {
        return new Activity(uuid(), type, ActivityState.OPEN, at, deadline, null, note, null, null);
    }

    private Instant later(Instant at, long minSeconds, long maxSeconds) {
        return at.plus(Duration.ofSeconds(minSeconds + random.nextLong(maxSeconds - minSeconds + 1)));
    }

    /** Office hours, Danish time, on the day drawn. */
    private Instant daytime(Instant drawn) {
        return LocalDate.ofInstant(drawn, DANISH_TIME).atTime(8, 0).plusSeconds(random.nextInt(11 * 3600))
                .atZone(DANISH_TIME).toInstant();
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
