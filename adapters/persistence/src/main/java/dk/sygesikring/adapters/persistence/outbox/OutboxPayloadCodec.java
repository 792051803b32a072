package dk.sygesikring.adapters.persistence.outbox;

import dk.sygesikring.application.port.out.cardsupplier.CardOrderForSupplier;
import dk.sygesikring.application.port.out.digitalpost.IfNotDelivered;
import dk.sygesikring.application.port.out.letter.LetterDelivery;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.application.port.out.nets.NetsCommand;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxPayload;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * How each kind's payload is stored: its own JSON in {@code payload}, named field by field, so that a stored record
 * stays readable whatever the application's types become. V10 and V22 wrote the rows of the old outboxes in the same
 * JSON. A new kind adds its JSON record and two cases here.
 */
@Singleton
class OutboxPayloadCodec {

    private static final String DOCTOR_CHOICE = "DOCTOR_CHOICE";
    private static final String GROUP_CHANGE = "GROUP_CHANGE";


    /** LUNA_REGISTRATION: {@code registration} is DOCTOR_CHOICE (with a provider number) or GROUP_CHANGE (with a group). */
    @Serdeable
    record LunaRegistrationJson(String registration, String cpr, @Nullable String providerNumber, @Nullable Integer group,
                                String validFrom) {
    }

    /** DIGITAL_POST_LETTER and PRINT_LETTER: the stored letter, the activity it closes; V22 wrote the older ones so. */
    @Serdeable
    record LetterDeliveryJson(UUID letterId, UUID activityId, @Nullable String ifNotDelivered) {
    }

    /** CARD_SUPPLIER_ORDER: the card order to send; the order's row holds the card. */
    @Serdeable
    record CardOrderForSupplierJson(UUID cardOrderId) {
    }

    /** NETS_PAYMENT: {@code command} is CREATE_PAYMENT, CHARGE (with the person whose part is charged) or RELEASE. */
    @Serdeable
    record NetsCommandJson(String command, UUID paymentId, @Nullable String cpr) {
    }

    private final JsonMapper json;

    OutboxPayloadCodec(JsonMapper json) {
        this.json = json;
    }

    String encode(OutboxPayload payload) {
        return switch (payload) {
            case LunaRegistration.DoctorChoice choice -> write(new LunaRegistrationJson(DOCTOR_CHOICE,
                    choice.cpr().value(), choice.providerNumber().value(), null, choice.validFrom().toString()));
            case LunaRegistration.GroupChange change -> write(new LunaRegistrationJson(GROUP_CHANGE,
                    change.cpr().value(), null, change.group().number(), change.validFrom().toString()));
            case LetterDelivery.ByDigitalPost letter -> write(new LetterDeliveryJson(letter.letterId(), letter.activityId(),
                    letter.ifNotDelivered().name()));
            case LetterDelivery.ByPrint letter -> write(new LetterDeliveryJson(letter.letterId(), letter.activityId(), null));
            case CardOrderForSupplier order -> write(new CardOrderForSupplierJson(order.cardOrderId()));
            case NetsCommand.CreatePayment create -> write(new NetsCommandJson("CREATE_PAYMENT", create.paymentId(), null));
            case NetsCommand.Charge charge -> write(new NetsCommandJson("CHARGE", charge.paymentId(), charge.cpr().value()));
            case NetsCommand.Release release -> write(new NetsCommandJson("RELEASE", release.paymentId(), null));
            default -> throw new IllegalArgumentException("no stored form for an outbox payload of kind " + payload.kind());
        };
    }

    OutboxPayload decode(OutboxKind kind, UUID forloebId, String stored) {
        return switch (kind) {
            case LUNA_REGISTRATION -> {
                LunaRegistrationJson registration = read(stored, LunaRegistrationJson.class);
                Cpr cpr = Cpr.of(registration.cpr());
                LocalDate validFrom = LocalDate.parse(registration.validFrom());
                yield switch (registration.registration()) {
                    case DOCTOR_CHOICE -> new LunaRegistration.DoctorChoice(cpr,
                            ProviderNumber.of(registration.providerNumber()), validFrom, forloebId);
                    case GROUP_CHANGE -> new LunaRegistration.GroupChange(cpr, Sikringsgruppe.ofNumber(
                            Objects.requireNonNull(registration.group(), "group")).orElseThrow(), validFrom, forloebId);
                    default -> throw new IllegalStateException("unknown LUNA registration " + registration.registration());
                };
            }
            case CARD_SUPPLIER_ORDER -> new CardOrderForSupplier(read(stored, CardOrderForSupplierJson.class).cardOrderId());
            case NETS_PAYMENT -> {
                NetsCommandJson command = read(stored, NetsCommandJson.class);
                yield switch (command.command()) {
                    case "CREATE_PAYMENT" -> new NetsCommand.CreatePayment(command.paymentId());
                    case "CHARGE" -> new NetsCommand.Charge(command.paymentId(), Cpr.of(Objects.requireNonNull(command.cpr(), "cpr")));
                    case "RELEASE" -> new NetsCommand.Release(command.paymentId());
                    default -> throw new IllegalStateException("unknown Nets command " + command.command());
                };
            }
            case DIGITAL_POST_LETTER -> {
                LetterDeliveryJson letter = read(stored, LetterDeliveryJson.class);
                yield new LetterDelivery.ByDigitalPost(letter.letterId(), letter.activityId(),
                        IfNotDelivered.valueOf(Objects.requireNonNull(letter.ifNotDelivered(), "ifNotDelivered")));
            }
            case PRINT_LETTER -> {
                LetterDeliveryJson letter = read(stored, LetterDeliveryJson.class);
                yield new LetterDelivery.ByPrint(letter.letterId(), letter.activityId());
            }
        };
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
