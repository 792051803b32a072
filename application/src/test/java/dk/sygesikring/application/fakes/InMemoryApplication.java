package dk.sygesikring.application.fakes;

import dk.sygesikring.application.card.AutomaticCardOrders;
import dk.sygesikring.application.card.CardContents;
import dk.sygesikring.application.card.CardOrderCancellation;
import dk.sygesikring.application.card.CardOrderProgress;
import dk.sygesikring.application.card.CardOrderReportService;
import dk.sygesikring.application.card.CardOrdering;
import dk.sygesikring.application.card.CardPreOrderDeadline;
import dk.sygesikring.application.card.CardSupplierOutboxHandler;
import dk.sygesikring.application.card.ChangeCards;
import dk.sygesikring.application.card.CprEventCards;
import dk.sygesikring.application.card.DoctorChoiceCards;
import dk.sygesikring.application.card.GroupChangeCards;
import dk.sygesikring.application.card.IssueTemporaryCardService;
import dk.sygesikring.application.card.OrderCardsService;
import dk.sygesikring.application.card.SupplierReportService;
import dk.sygesikring.application.card.TemporaryCardDocumentService;
import dk.sygesikring.application.doctorchoice.ChoiceCandidates;
import dk.sygesikring.application.doctorchoice.ChoiceGroups;
import dk.sygesikring.application.doctorchoice.ChooseDoctorService;
import dk.sygesikring.application.doctorchoice.DispensationRejection;
import dk.sygesikring.application.doctorchoice.DoctorChoiceAssessment;
import dk.sygesikring.application.doctorchoice.DoctorChoiceProgress;
import dk.sygesikring.application.doctorchoice.DoctorChoiceService;
import dk.sygesikring.application.doctorchoice.FamilyDoctorsLookup;
import dk.sygesikring.application.forloeb.ForloebService;
import dk.sygesikring.application.group.ChangeGroupService;
import dk.sygesikring.application.group.GroupChangeCancellation;
import dk.sygesikring.application.group.GroupChangeForloeb;
import dk.sygesikring.application.group.MissingDoctorChoice;
import dk.sygesikring.application.group.ReadGroupService;
import dk.sygesikring.application.idempotency.IdempotentForloeb;
import dk.sygesikring.application.letter.DigitalPostLetterHandler;
import dk.sygesikring.application.letter.LetterActivities;
import dk.sygesikring.application.letter.LetterPost;
import dk.sygesikring.application.letter.PrintLetterHandler;
import dk.sygesikring.application.letter.Receipts;
import dk.sygesikring.application.letter.StoredLetters;
import dk.sygesikring.application.letter.fifteen.SendFifteenYearLettersService;
import dk.sygesikring.application.luna.LunaConfirmations;
import dk.sygesikring.application.luna.LunaOutboxHandler;
import dk.sygesikring.application.luna.LunaRefusals;
import dk.sygesikring.application.outbox.OutboxDeliveryService;
import dk.sygesikring.application.payment.CardPayments;
import dk.sygesikring.application.payment.NetsEventService;
import dk.sygesikring.application.payment.NetsOutboxHandler;
import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.nets.NetsEndpoints;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The application's use cases wired by hand, as Micronaut wires them, over in-memory driven ports and a fake LUNA:
 * use-case tests run the real services and policies without a framework, a database or HTTP. Each test makes its own.
 */
public final class InMemoryApplication {

    public final SettableClock clock;
    public final InMemoryPersons persons = new InMemoryPersons();
    public final RecordingAuditLog auditLog = new RecordingAuditLog();
    public final InMemoryPractitioners practitioners = new InMemoryPractitioners();
    public final InMemoryRegistrations registrations = new InMemoryRegistrations();
    public final InMemoryForloebStore forloeb = new InMemoryForloebStore();
    public final InMemoryDoctorChoices choices = new InMemoryDoctorChoices();
    public final InMemoryGroupChanges groupChanges = new InMemoryGroupChanges();
    public final InMemoryOutbox outbox = new InMemoryOutbox();
    public final RecordingDeadlines deadlines = new RecordingDeadlines();
    public final InMemoryIdempotency idempotencyKeys = new InMemoryIdempotency();
    /** The rules' global configuration, and Thisted's defaults as every municipality has them (V9). */
    public final InMemoryConfiguration configuration = new InMemoryConfiguration(Configurations.rules(),
            Configurations.defaults(TestData.THISTED));
    public final CountingTransactions transactions = new CountingTransactions();
    public final FakeLuna luna;
    public final InMemoryCardOrders cardOrders = new InMemoryCardOrders();
    public final FakeCardSupplier cardSupplier;
    public final InMemoryPayments payments = new InMemoryPayments();
    public final InMemoryTemporaryCards temporaryCards = new InMemoryTemporaryCards();
    public final FakeNets nets;
    public final FakeDigitalPost digitalPost;
    public final FakePrint print;
    public final InMemoryLetters letterStore = new InMemoryLetters(forloeb);
    public final InMemoryCardOrderReport cardOrderReportRows = new InMemoryCardOrderReport(cardOrders);
    public final InMemoryMunicipalities municipalities = new InMemoryMunicipalities();
    public final InMemoryFifteenYearLetters fifteenYearLetterRecords = new InMemoryFifteenYearLetters();

    public final GroupChangeForloeb groupChangeForloeb;
    public final DoctorChoiceProgress progress;
    public final MissingDoctorChoice missingDoctor;
    public final ChooseDoctorService chooseDoctor;
    /** Reads a choice, settles consents, takes the doctor's answer to a dispensation. */
    public final DoctorChoiceService doctorChoices;
    public final ChangeGroupService changeGroup;
    public final ReadGroupService readGroup;
    public final OutboxDeliveryService delivery;
    public final OrderCardsService orderCards;
    public final SupplierReportService supplierReports;
    public final CardPreOrderDeadline cardPreOrder;
    public final NetsEventService netsEvents;
    public final CprEventCards cprEventCards;
    public final CardOrderCancellation cardOrderCancellation;
    public final CardOrderReportService cardOrderReport;
    public final IssueTemporaryCardService issueTemporaryCard;
    public final TemporaryCardDocumentService temporaryCardDocument;
    /**
     * Delivers the letters only, by Digital Post and by print: kept apart from {@link #delivery}, so that the tests
     * of other use cases find their letters pending as before.
     */
    public final OutboxDeliveryService letters;
    /** Writes a forløb's letter, as the flows do. */
    public final LetterPost letterPost;
    /** DOC-17's daily run of the 15-year letters, through the letter post. */
    public final SendFifteenYearLettersService fifteenYearLetters;
    /** Cancels forløb; of the use cases that follow a cancellation, the group change's and the card orders' are wired. */
    public final ForloebService forloebService;

    /** Where Nets sends the citizen and its webhooks. */
    public static final NetsEndpoints ENDPOINTS = new NetsEndpoints() {
        @Override
        public URI returnUrl() {
            return URI.create("https://selvbetjening.example/kort");
        }

        @Override
        public URI webhookUrl() {
            return URI.create("https://sygesikring.example/nets/webhooks");
        }

        @Override
        public String webhookAuthorization() {
            return "webhook-secret-of-the-tests";
        }
    };

    public InMemoryApplication(Instant now) {
        clock = new SettableClock(now, ZoneId.of("Europe/Copenhagen"));
        luna = new FakeLuna(clock);
        cardSupplier = new FakeCardSupplier(clock);
        nets = new FakeNets(clock);
        digitalPost = new FakeDigitalPost(clock);
        print = new FakePrint(clock);
        PersonGate gate = new PersonGate(persons, auditLog, clock);
        IdempotentForloeb idempotent = new IdempotentForloeb(idempotencyKeys, forloeb);
        // a letter's PDF is its title here: the rendering is the letter adapter's to test
        LetterActivities letterActivities = new LetterActivities(forloeb, configuration, clock);
        letterPost = new LetterPost(text -> text.title().getBytes(StandardCharsets.UTF_8), letterStore, outbox, persons,
                configuration, letterActivities, clock);
        Receipts receipts = new Receipts(letterPost, persons, practitioners, clock);
        CardContents cardContents = new CardContents(registrations, practitioners);
        CardOrdering cardOrdering = new CardOrdering(persons, registrations, cardContents, configuration, cardOrders, outbox,
                deadlines, clock);
        CardPayments cardPayments = new CardPayments(payments, outbox, configuration, clock);
        ChangeCards changeCards = new ChangeCards(new AutomaticCardOrders(cardOrdering, clock), cardOrdering, cardPayments,
                configuration, clock);
        GroupChangeCards groupChangeCards = new GroupChangeCards(registrations, changeCards);
        groupChangeForloeb = new GroupChangeForloeb(forloeb, groupChanges, outbox, groupChangeCards);
        CardOrderProgress cardProgress = new CardOrderProgress(cardOrders, forloeb, configuration, cardPayments, clock);
        progress = new DoctorChoiceProgress(forloeb, choices, outbox, deadlines, letterPost, groupChangeForloeb,
                new DoctorChoiceCards(changeCards), receipts, clock);
        orderCards = new OrderCardsService(gate, cardOrdering, cardPayments, cardOrders, forloeb, idempotent, receipts,
                transactions, clock);
        issueTemporaryCard = new IssueTemporaryCardService(gate, cardContents, temporaryCards, forloeb, letterPost, idempotent,
                transactions, clock);
        temporaryCardDocument = new TemporaryCardDocumentService(temporaryCards, forloeb, letterStore, gate, transactions);
        StoredLetters storedLetters = new StoredLetters(letterStore);
        letters = new OutboxDeliveryService(outbox, List.of(
                new DigitalPostLetterHandler(digitalPost, storedLetters, letterActivities, outbox, letterPost),
                new PrintLetterHandler(print, storedLetters, letterActivities, persons, letterPost)), transactions, clock);
        netsEvents = new NetsEventService(payments, cardOrdering, transactions, clock);
        cprEventCards = new CprEventCards(persons, new InMemoryCprCardEvents(), new AutomaticCardOrders(cardOrdering, clock),
                forloeb, configuration, transactions, clock);
        supplierReports = new SupplierReportService(cardOrders, cardProgress, transactions, clock);
        cardPreOrder = new CardPreOrderDeadline(cardOrders, cardOrdering, clock);
        cardOrderReport = new CardOrderReportService(cardOrderReportRows, municipalities, auditLog, transactions, clock);
        missingDoctor = new MissingDoctorChoice(registrations, choices, forloeb, configuration, clock);
        doctorChoices = new DoctorChoiceService(forloeb, choices, progress,
                new DispensationRejection(progress, forloeb, deadlines, letterPost, clock), deadlines, gate, missingDoctor,
                transactions, clock);
        DoctorChoiceAssessment assessment = new DoctorChoiceAssessment(practitioners, choices,
                new ChoiceGroups(registrations, groupChanges),
                new ChoiceCandidates(new FamilyDoctorsLookup(registrations, persons), practitioners, choices),
                configuration, clock);
        chooseDoctor = new ChooseDoctorService(gate, assessment, progress, choices, idempotent, transactions, clock);
        changeGroup = new ChangeGroupService(gate, registrations, configuration, groupChangeForloeb, idempotent, transactions, clock);
        readGroup = new ReadGroupService(gate, registrations, groupChanges, forloeb, transactions, clock);
        delivery = new OutboxDeliveryService(outbox, List.of(new LunaOutboxHandler(luna,
                new LunaConfirmations(forloeb, registrations, choices, progress, groupChanges, missingDoctor,
                        groupChangeCards, receipts),
                new LunaRefusals(forloeb, choices, progress, deadlines, outbox, groupChanges, configuration, clock)),
                new CardSupplierOutboxHandler(cardSupplier, luna, cardOrders, cardProgress),
                new NetsOutboxHandler(nets, payments, configuration, ENDPOINTS)),
                transactions, clock);
        cardOrderCancellation = new CardOrderCancellation(cardOrders, cardSupplier, forloeb, deadlines, cardPayments);
        fifteenYearLetters = new SendFifteenYearLettersService(persons, fifteenYearLetterRecords, forloeb, letterPost,
                configuration, transactions, clock);
        forloebService = new ForloebService(forloeb, outbox, gate, auditLog, transactions, clock,
                List.of(new GroupChangeCancellation(groupChanges), cardOrderCancellation));
    }
}
