package dk.sygesikring.domain.configuration;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * One municipality's own configuration (CFG-2). Every municipality starts with the national defaults (set by the
 * configuration's first migration) until its administrator changes them.
 *
 * @param adHocTaskDeadline   TASK-4: days to the deadline of every ad-hoc task created in the municipality
 * @param paymentChannels     PAY-3: the channels a caseworker may record for a caseworker-created order, in order
 * @param highRoadCodes       CARD-6: up to {@value #MOST_HIGH_ROAD_CODES} road codes for which no card is ordered
 * @param remotePrintSupplier LET-5: where physical letters go; empty until one is set up
 * @param netsKeyReference    PAY-4: where the secret key of the Nets agreement is kept (a reference into the
 *                            operator's secret store, never the key itself); empty until one is set up
 * @param sessionTimeout      how long the caseworker client keeps an idle session, in whole minutes
 */
public record LocalConfiguration(
        MunicipalityCode municipality,
        Days adHocTaskDeadline,
        List<String> paymentChannels,
        List<String> highRoadCodes,
        Optional<RemotePrintSupplier> remotePrintSupplier,
        Optional<String> netsKeyReference,
        Duration sessionTimeout) {

    public static final int MOST_HIGH_ROAD_CODES = 25;
    public static final int MOST_PAYMENT_CHANNELS = 20;
    public static final long FEWEST_SESSION_MINUTES = 5;
    public static final long MOST_SESSION_MINUTES = 24 * 60;

    public static final String AD_HOC_TASK_DEADLINE_DAYS = "adHocTaskDeadlineDays";
    public static final String PAYMENT_CHANNELS = "paymentChannels";
    public static final String HIGH_ROAD_CODES = "highRoadCodes";
    public static final String REMOTE_PRINT_SUPPLIER = "remotePrintSupplier";
    public static final String NETS_KEY_REFERENCE = "netsKeyReference";
    public static final String SESSION_TIMEOUT_MINUTES = "sessionTimeoutMinutes";

    public LocalConfiguration {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(adHocTaskDeadline, AD_HOC_TASK_DEADLINE_DAYS);
        paymentChannels = checkPaymentChannels(paymentChannels);
        highRoadCodes = checkHighRoadCodes(highRoadCodes);
        Objects.requireNonNull(remotePrintSupplier, REMOTE_PRINT_SUPPLIER);
        netsKeyReference.ifPresent(LocalConfiguration::checkNetsKeyReference);
        checkSessionTimeout(sessionTimeout);
    }

    /** CARD-6: no card is ordered to an address with this road code. */
    public boolean isHighRoadCode(String roadCode) {
        return highRoadCodes.contains(roadCode);
    }

    /** Every setting by its name with its value as text, as the change audit records it; an unset one is absent. */
    public SortedMap<String, String> settings() {
        SortedMap<String, String> settings = new TreeMap<>();
        settings.put(AD_HOC_TASK_DEADLINE_DAYS, String.valueOf(adHocTaskDeadline.count()));
        settings.put(PAYMENT_CHANNELS, SettingText.list(paymentChannels));
        settings.put(HIGH_ROAD_CODES, SettingText.list(highRoadCodes));
        remotePrintSupplier.ifPresent(supplier -> {
            settings.put(REMOTE_PRINT_SUPPLIER + "." + RemotePrintSupplier.NAME, supplier.name());
            settings.put(REMOTE_PRINT_SUPPLIER + "." + RemotePrintSupplier.SHIPMENT_TYPE_ID, supplier.shipmentTypeId());
            settings.put(REMOTE_PRINT_SUPPLIER + "." + RemotePrintSupplier.SENDER_SYSTEM_ID, supplier.senderSystemId());
        });
        netsKeyReference.ifPresent(reference -> settings.put(NETS_KEY_REFERENCE, reference));
        settings.put(SESSION_TIMEOUT_MINUTES, String.valueOf(sessionTimeout.toMinutes()));
        return settings;
    }

    static List<String> checkPaymentChannels(List<String> channels) {
        Objects.requireNonNull(channels, PAYMENT_CHANNELS);
        if (channels.size() > MOST_PAYMENT_CHANNELS) {
            throw new IllegalArgumentException("at most " + MOST_PAYMENT_CHANNELS + " payment channels");
        }
        Set<String> seen = new HashSet<>();
        for (String channel : channels) {
            if (channel == null || channel.isBlank() || channel.length() > 60 || !channel.equals(channel.strip())) {
                throw new IllegalArgumentException("each payment channel is a name of 1 to 60 characters, "
                        + "without leading or trailing spaces");
            }
            if (!seen.add(channel.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("the payment channel '" + channel + "' is listed twice");
            }
        }
        return List.copyOf(channels);
    }

    static List<String> checkHighRoadCodes(List<String> roadCodes) {
        Objects.requireNonNull(roadCodes, HIGH_ROAD_CODES);
        if (roadCodes.size() > MOST_HIGH_ROAD_CODES) {
            throw new IllegalArgumentException("at most " + MOST_HIGH_ROAD_CODES + " high road codes (CARD-6), not "
                    + roadCodes.size());
        }
        Set<String> seen = new HashSet<>();
        for (String roadCode : roadCodes) {
            if (roadCode == null || !roadCode.matches("\\d{4}")) {
                throw new IllegalArgumentException("each road code (vejkode) has 4 digits: " + roadCode);
            }
            if (!seen.add(roadCode)) {
                throw new IllegalArgumentException("the road code " + roadCode + " is listed twice");
            }
        }
        return List.copyOf(roadCodes);
    }

    static String checkNetsKeyReference(String reference) {
        if (!reference.matches("[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}")) {
            throw new IllegalArgumentException("must be a reference into the secret store of 1 to 200 letters, digits "
                    + "and . _ : / - (never the key itself)");
        }
        return reference;
    }

    static Duration checkSessionTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, SESSION_TIMEOUT_MINUTES);
        if (timeout.toSeconds() % 60 != 0 || timeout.toMinutes() < FEWEST_SESSION_MINUTES
                || timeout.toMinutes() > MOST_SESSION_MINUTES) {
            throw new IllegalArgumentException("must be whole minutes from " + FEWEST_SESSION_MINUTES + " to "
                    + MOST_SESSION_MINUTES);
        }
        return timeout;
    }

    /** The settings as given for a municipality, unchecked; {@link #validate} names every one that is wrong. */
    public record Draft(Integer adHocTaskDeadlineDays, List<String> paymentChannels, List<String> highRoadCodes,
                        RemotePrintSupplierDraft remotePrintSupplier, String netsKeyReference,
                        Integer sessionTimeoutMinutes) {

        public LocalConfiguration validate(MunicipalityCode municipality) {
            SettingChecks checks = new SettingChecks();
            Integer deadlineDays = checks.required(AD_HOC_TASK_DEADLINE_DAYS, adHocTaskDeadlineDays);
            Days deadline = deadlineDays == null ? null : checks.value(AD_HOC_TASK_DEADLINE_DAYS, () -> Days.of(deadlineDays));
            List<String> channels = checks.required(PAYMENT_CHANNELS, paymentChannels) == null ? null
                    : checks.value(PAYMENT_CHANNELS, () -> checkPaymentChannels(paymentChannels));
            List<String> roadCodes = checks.required(HIGH_ROAD_CODES, highRoadCodes) == null ? null
                    : checks.value(HIGH_ROAD_CODES, () -> checkHighRoadCodes(highRoadCodes));
            Optional<RemotePrintSupplier> supplier = Optional.ofNullable(remotePrintSupplier)
                    .map(draft -> draft.validate(checks));
            Optional<String> netsKey = Optional.ofNullable(netsKeyReference)
                    .map(reference -> checks.value(NETS_KEY_REFERENCE, () -> checkNetsKeyReference(reference)));
            Integer minutes = checks.required(SESSION_TIMEOUT_MINUTES, sessionTimeoutMinutes);
            Duration timeout = minutes == null ? null
                    : checks.value(SESSION_TIMEOUT_MINUTES, () -> checkSessionTimeout(Duration.ofMinutes(minutes)));
            checks.throwIfInvalid();
            return new LocalConfiguration(municipality, deadline, channels, roadCodes, supplier, netsKey, timeout);
        }
    }

    public record RemotePrintSupplierDraft(String name, String shipmentTypeId, String senderSystemId) {

        RemotePrintSupplier validate(SettingChecks checks) {
            String prefix = REMOTE_PRINT_SUPPLIER + ".";
            String checkedName = checked(checks, prefix + RemotePrintSupplier.NAME, name, RemotePrintSupplier::checkName);
            String shipmentType = checked(checks, prefix + RemotePrintSupplier.SHIPMENT_TYPE_ID, shipmentTypeId,
                    RemotePrintSupplier::checkShipmentTypeId);
            String senderSystem = checked(checks, prefix + RemotePrintSupplier.SENDER_SYSTEM_ID, senderSystemId,
                    RemotePrintSupplier::checkSenderSystemId);
            return checkedName == null || shipmentType == null || senderSystem == null
                    ? null : new RemotePrintSupplier(checkedName, shipmentType, senderSystem);
        }

        private static String checked(SettingChecks checks, String name, String given,
                                      UnaryOperator<String> check) {
            return checks.required(name, given) == null ? null : checks.value(name, () -> check.apply(given));
        }
    }
}
