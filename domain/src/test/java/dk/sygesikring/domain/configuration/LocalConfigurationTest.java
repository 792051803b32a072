package dk.sygesikring.domain.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LocalConfigurationTest {

    static final MunicipalityCode AARHUS = MunicipalityCode.of("751");
    static final LocalConfiguration.RemotePrintSupplierDraft PRINT =
            new LocalConfiguration.RemotePrintSupplierDraft("Strålfors", "20", "5059");

    @Test
    @DisplayName("CFG-2 validation: ad-hoc deadline, payment channels, high road codes, remote print supplier, Nets key and session timeout make a local configuration")
    void CFG2_valid() {
        LocalConfiguration local = draft(List.of("9901", "9902"), List.of("Gebyrfrit", "Kommune-Kasse", "Bankoverførsel"),
                PRINT, "vault:nets/751", 480).validate(AARHUS);

        assertThat(local.municipality()).isEqualTo(AARHUS);
        assertThat(local.adHocTaskDeadline()).isEqualTo(Days.of(14));
        assertThat(local.paymentChannels()).containsExactly("Gebyrfrit", "Kommune-Kasse", "Bankoverførsel");
        assertThat(local.isHighRoadCode("9901")).isTrue();
        assertThat(local.isHighRoadCode("0101")).isFalse();
        assertThat(local.remotePrintSupplier()).contains(new RemotePrintSupplier("Strålfors", "20", "5059"));
        assertThat(local.netsKeyReference()).contains("vault:nets/751");
        assertThat(local.sessionTimeout()).isEqualTo(Duration.ofMinutes(480));
    }

    @Test
    @DisplayName("CFG-2 validation: up to 25 high road codes; a 26th is refused naming highRoadCodes")
    void CFG2_at_most_25_high_road_codes() {
        List<String> twentyFive = IntStream.rangeClosed(9001, 9025).mapToObj(String::valueOf).toList();
        List<String> twentySix = IntStream.rangeClosed(9001, 9026).mapToObj(String::valueOf).toList();

        assertThat(draft(twentyFive, List.of(), null, null, 480).validate(AARHUS).highRoadCodes()).hasSize(25);
        assertThat(invalid(draft(twentySix, List.of(), null, null, 480)))
                .containsExactly(new InvalidSetting("highRoadCodes", "at most 25 high road codes (CARD-6), not 26"));
    }

    @Test
    @DisplayName("CFG-2 validation: a road code has 4 digits and is listed once; a payment channel is a name listed once")
    void CFG2_lists() {
        assertThat(invalid(draft(List.of("99"), List.of(), null, null, 480))).extracting(InvalidSetting::name)
                .containsExactly("highRoadCodes");
        assertThat(invalid(draft(List.of("9901", "9901"), List.of(), null, null, 480)))
                .containsExactly(new InvalidSetting("highRoadCodes", "the road code 9901 is listed twice"));
        assertThat(invalid(draft(List.of(), List.of("Gebyrfrit", ""), null, null, 480))).extracting(InvalidSetting::name)
                .containsExactly("paymentChannels");
        assertThat(invalid(draft(List.of(), List.of("Gebyrfrit", "gebyrfrit"), null, null, 480)))
                .containsExactly(new InvalidSetting("paymentChannels", "the payment channel 'gebyrfrit' is listed twice"));
    }

    @Test
    @DisplayName("CFG-2 validation: the remote print supplier's identifiers, the Nets key reference and the session timeout are checked, each named")
    void CFG2_print_nets_session() {
        LocalConfiguration.Draft wrong = draft(List.of(), List.of(),
                new LocalConfiguration.RemotePrintSupplierDraft(" ", "ti", null), "the secret key itself!", 4);

        assertThat(invalid(wrong)).extracting(InvalidSetting::name).containsExactlyInAnyOrder(
                "remotePrintSupplier.name", "remotePrintSupplier.shipmentTypeId", "remotePrintSupplier.senderSystemId",
                "netsKeyReference", "sessionTimeoutMinutes");
        assertThat(invalid(draft(List.of(), List.of(), null, null, 24 * 60 + 1))).extracting(InvalidSetting::name)
                .containsExactly("sessionTimeoutMinutes");
        assertThat(invalid(new LocalConfiguration.Draft(-1, List.of(), List.of(), null, null, 480)))
                .containsExactly(new InvalidSetting("adHocTaskDeadlineDays", "must not be negative"));
        assertThat(invalid(new LocalConfiguration.Draft(null, null, List.of(), null, null, null))).extracting(InvalidSetting::name)
                .containsExactlyInAnyOrder("adHocTaskDeadlineDays", "paymentChannels", "sessionTimeoutMinutes");
    }

    @Test
    @DisplayName("CFG-2 audit names part: the settings by name; a remote print supplier or Nets key not set up is absent")
    void CFG2_settings() {
        assertThat(draft(List.of("9901"), List.of("Gebyrfrit", "Kommune \"Kasse\""), PRINT, null, 30).validate(AARHUS).settings())
                .containsEntry("highRoadCodes", "[\"9901\"]")
                .containsEntry("paymentChannels", "[\"Gebyrfrit\",\"Kommune \\\"Kasse\\\"\"]")
                .containsEntry("remotePrintSupplier.shipmentTypeId", "20")
                .containsEntry("sessionTimeoutMinutes", "30")
                .doesNotContainKey("netsKeyReference");
        assertThat(RulesConfiguration.local(AARHUS).settings()).containsOnlyKeys("adHocTaskDeadlineDays",
                "paymentChannels", "highRoadCodes", "sessionTimeoutMinutes");
        assertThat(RulesConfiguration.local(AARHUS).remotePrintSupplier()).isEqualTo(Optional.empty());
    }

    private static LocalConfiguration.Draft draft(List<String> roadCodes, List<String> channels,
                                                  LocalConfiguration.RemotePrintSupplierDraft print, String nets, int minutes) {
        return new LocalConfiguration.Draft(14, channels, roadCodes, print, nets, minutes);
    }

    private static List<InvalidSetting> invalid(LocalConfiguration.Draft draft) {
        try {
            draft.validate(AARHUS);
        } catch (InvalidConfigurationException invalid) {
            return invalid.invalidSettings();
        }
        throw new AssertionError("the draft was accepted");
    }
}
