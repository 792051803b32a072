package dk.sygesikring.simulators.population;

import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.util.List;

/**
 * Hand-placed persons that every generated population contains, whatever the seed, for documentation,
 * demos and tests. Their CPR numbers are valid but recognisably synthetic: the serial number always
 * starts with 99, which the generator never hands out to anyone else. Their doctors are hand-placed practices
 * with fixed provider numbers, so that their LUNA registrations ({@link DemoRegistrations}) are fixed too.
 */
public final class WellKnown {

    /** A well-known person: CPR number, name and what they are there to show. */
    public record Entry(Cpr cpr, String name, String description) {
    }

    /** A well-known practice: provider number, practice name and who has it as their doctor. */
    public record Practice(ProviderNumber providerNumber, String name, String description) {
    }

    public static final Cpr KBH_FATHER = Cpr.of("1503839901");
    public static final Cpr KBH_MOTHER = Cpr.of("2207859902");
    public static final Cpr KBH_DAUGHTER_UNDER_15 = Cpr.of("1006149904");
    public static final Cpr KBH_SON_UNDER_15 = Cpr.of("0309189905");
    public static final Cpr KBH_SON_19_AT_HOME = Cpr.of("0106079907");
    public static final Cpr PROTECTED_MOTHER = Cpr.of("1212909912");
    public static final Cpr PROTECTED_CHILD = Cpr.of("0505169913");
    public static final Cpr EMIGRATED = Cpr.of("2404709921");
    public static final Cpr SUPPLEMENTARY_ADDRESS = Cpr.of("0808789932");
    public static final Cpr UNDER_GUARDIANSHIP = Cpr.of("1709969941");
    public static final Cpr GUARDIAN = Cpr.of("2811629942");
    public static final Cpr CARE_HOME_RESIDENT = Cpr.of("0202389952");
    public static final Cpr DIVORCED_FATHER = Cpr.of("1911849961");
    public static final Cpr DIVORCED_MOTHER = Cpr.of("3004879962");
    public static final Cpr CHILD_OF_DIVORCED_PARENTS = Cpr.of("1411159963");

    public static final ProviderNumber KBH_PRACTICE = ProviderNumber.of("050208");
    public static final ProviderNumber FREDERIKSBERG_PRACTICE = ProviderNumber.of("071145");
    public static final ProviderNumber AARHUS_PRACTICE = ProviderNumber.of("083317");
    public static final ProviderNumber RUDERSDAL_PRACTICE = ProviderNumber.of("046620");

    /** The care home in København where {@link #CARE_HOME_RESIDENT} lives with 24 others. */
    public static final int CARE_HOME_RESIDENTS = 25;

    private static final List<Entry> ALL = List.of(
            new Entry(KBH_FATHER, "Mads Nørgaard",
                    "København (101) family: father, married to Sofie, custodian of Ida and Aksel (PER-5, PER-7, ROLE-3)"),
            new Entry(KBH_MOTHER, "Sofie Nørgaard",
                    "København family: mother, married to Mads (SPOUSE), custodian of Ida and Aksel"),
            new Entry(KBH_DAUGHTER_UNDER_15, "Ida Nørgaard",
                    "København family: daughter born 2014, joint custody of both parents at the same address (PER-7)"),
            new Entry(KBH_SON_UNDER_15, "Aksel Nørgaard",
                    "København family: son born 2018, joint custody of both parents at the same address"),
            new Entry(KBH_SON_19_AT_HOME, "Frederik Nørgaard",
                    "København family: son of 19 living at home, no custody relation: shown as co-resident (PER-5)"),
            new Entry(PROTECTED_MOTHER, "Maja Skovgaard",
                    "Name-and-address protected single mother in Aarhus (751), sole custody of Valdemar (PER-2)"),
            new Entry(PROTECTED_CHILD, "Valdemar Skovgaard",
                    "Name-and-address protected child under 15 (PER-2, LET-3: no automatic letters)"),
            new Entry(EMIGRATED, "Jørgen Bækgaard",
                    "Emigrated: inactive in CPR, last known address in Odense kept but never shown (PER-3, GRP-1)"),
            new Entry(SUPPLEMENTARY_ADDRESS, "Birgitte Lund",
                    "Lives in Aalborg (851) with a supplementary address in Madrid (PER-4)"),
            new Entry(UNDER_GUARDIANSHIP, "Søren Østergaard",
                    "Adult under guardianship living alone in København (ROLE-3, ROLE-4)"),
            new Entry(GUARDIAN, "Hanne Østergaard",
                    "Guardian (værge) of her son Søren, living in Rudersdal (230): may act for him (ROLE-4)"),
            new Entry(CARE_HOME_RESIDENT, "Ellen Damgaard",
                    "Care-home resident in København: 25 registered at the address, above PER-5's cap of 20"),
            new Entry(DIVORCED_FATHER, "Thomas Bech",
                    "Divorced father in København, joint custody of Noah, who lives with his mother (PER-7)"),
            new Entry(DIVORCED_MOTHER, "Camilla Kjær",
                    "Divorced mother in Frederiksberg (147), residence parent of Noah, joint custody"),
            new Entry(CHILD_OF_DIVORCED_PARENTS, "Noah Kjær",
                    "Child of divorced parents at different addresses and municipalities, joint custody: "
                            + "gets the doctor of the parent he lives with (PER-7)"));

    private static final List<Practice> PRACTICES = List.of(
            new Practice(KBH_PRACTICE, "Lægehuset Kastanievej",
                    "København (101), open: the Nørgaard family, Søren Østergaard, Ellen Damgaard and Thomas Bech"),
            new Practice(FREDERIKSBERG_PRACTICE, "Lægerne Frederiksberg",
                    "Frederiksberg (147), open: Camilla and Noah Kjær; Mads Nørgaard's doctor before 2015"),
            new Practice(AARHUS_PRACTICE, "Lægehuset Skolevej", "Aarhus (751), open: Maja and Valdemar Skovgaard"),
            new Practice(RUDERSDAL_PRACTICE, "Lægerne Holte", "Rudersdal (230), open: Hanne Østergaard"));

    private WellKnown() {
    }

    public static List<Entry> all() {
        return ALL;
    }

    public static List<Practice> practices() {
        return PRACTICES;
    }
}
