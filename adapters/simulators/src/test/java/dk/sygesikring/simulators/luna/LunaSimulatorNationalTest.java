package dk.sygesikring.simulators.luna;

import static dk.sygesikring.simulators.http.SimulatorClient.list;
import static dk.sygesikring.simulators.http.SimulatorClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.simulators.http.SimulatorClient;
import dk.sygesikring.simulators.population.NationalPopulation;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The LUNA simulator serving the national dataset's practitioners (the SMALL preset, as the benchmarks' loader puts
 * them in the service's database) over real HTTP: it takes doctor choices of those practitioners, refuses provider
 * numbers it does not know, and lists exactly them. One simulator for the class; each test registers its own person.
 */
class LunaSimulatorNationalTest {

    private static final NationalPopulation.Preset PRESET = NationalPopulation.Preset.SMALL;
    private static final List<Practitioner> PRACTITIONERS =
            NationalPopulation.practitioners(PRESET, NationalPopulation.DEFAULT_SEED);
    private static final String FORLOEB = "6f1d3c9e-2a4b-4c8d-9e0f-1a2b3c4d5e6f";

    private static LunaSimulator simulator;
    private static SimulatorClient luna;

    @BeforeAll
    static void start() {
        simulator = LunaSimulator.start(LunaPopulation.national(PRESET, NationalPopulation.DEFAULT_SEED), 0);
        luna = new SimulatorClient(simulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    @DisplayName("a doctor choice of one of the national practitioners is registered and is the person's whole history")
    void a_doctor_choice_of_a_national_practitioner_is_registered() {
        Practitioner doctor = PRACTITIONERS.get(PRACTITIONERS.size() / 2);
        String cpr = "0101011234";

        HttpResponse<String> response = register("national-1", doctorChoice(cpr, doctor.providerNumber().value()));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(list(luna.get("/luna/persons/" + cpr + "/history"))).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("kind", "DOCTOR_CHOICE").containsEntry("providerNumber", doctor.providerNumber().value())
                .containsEntry("validFrom", "2025-01-01").containsEntry("validTo", null)
                .containsEntry("registrationId", object(response).get("registrationId")));
        assertThat(list(luna.get("/luna/practitioners"))).filteredOn(listed -> listed.get("providerNumber")
                        .equals(doctor.providerNumber().value())).singleElement()
                .satisfies(listed -> assertThat(listed).containsEntry("registeredPatients", doctor.registeredPatients() + 1));
    }

    @Test
    @DisplayName("a doctor choice of a provider number the national practitioners do not have is refused")
    void a_doctor_choice_of_an_unknown_provider_number_is_refused() {
        String unknown = unknownProviderNumber();

        HttpResponse<String> response = register("national-2", doctorChoice("0202021234", unknown));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(object(response)).containsEntry("error", "unknown provider number " + unknown);
        assertThat(list(luna.get("/luna/persons/0202021234/history"))).isEmpty();
    }

    @Test
    @DisplayName("the practitioners listed are the preset's: as many, the same provider numbers, in the same order")
    void the_practitioners_listed_are_the_presets() {
        List<Map<String, Object>> listed = list(luna.get("/luna/practitioners"));

        assertThat(listed).hasSameSizeAs(PRACTITIONERS);
        assertThat(listed).extracting(practitioner -> practitioner.get("providerNumber"))
                .containsExactlyElementsOf(PRACTITIONERS.stream().map(p -> p.providerNumber().value()).toList());
    }

    private static String unknownProviderNumber() {
        List<String> known = PRACTITIONERS.stream().map(p -> p.providerNumber().value()).toList();
        for (int number = 999_999; ; number--) {
            String candidate = "%06d".formatted(number);
            if (!known.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static HttpResponse<String> register(String key, String body) {
        return luna.post("/luna/registrations", body, "Idempotency-Key", key);
    }

    private static String doctorChoice(String cpr, String providerNumber) {
        return """
                {"kind": "DOCTOR_CHOICE", "cpr": "%s", "providerNumber": "%s", "group": null,
                 "validFrom": "2025-01-01", "forloebId": "%s"}""".formatted(cpr, providerNumber, FORLOEB);
    }
}
