package dk.sygesikring.simulators.population;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The five Danish regions by their official codes, and the region of each of the 98 municipalities: the region that
 * sends a person's regional letters (LET-7) is the one they live in. Only the simulators need it: the service reads a
 * letter's region as LUNA names it.
 */
public final class Regions {

    /** A region: its code ("1081".."1085") and name. */
    public record Region(String code, String name) {
    }

    public static final Region NORDJYLLAND = new Region("1081", "Region Nordjylland");
    public static final Region MIDTJYLLAND = new Region("1082", "Region Midtjylland");
    public static final Region SYDDANMARK = new Region("1083", "Region Syddanmark");
    public static final Region HOVEDSTADEN = new Region("1084", "Region Hovedstaden");
    public static final Region SJAELLAND = new Region("1085", "Region Sjælland");

    private static final Map<String, Region> BY_MUNICIPALITY = Stream.of(
            members(HOVEDSTADEN, 101, 147, 151, 153, 155, 157, 159, 161, 163, 165, 167, 169, 173, 175, 183, 185, 187, 190,
                    201, 210, 217, 219, 223, 230, 240, 250, 260, 270, 400),
            members(SJAELLAND, 253, 259, 265, 269, 306, 316, 320, 326, 329, 330, 336, 340, 350, 360, 370, 376, 390),
            members(SYDDANMARK, 410, 420, 430, 440, 450, 461, 479, 480, 482, 492, 510, 530, 540, 550, 561, 563, 573, 575,
                    580, 607, 621, 630),
            members(MIDTJYLLAND, 615, 657, 661, 665, 671, 706, 707, 710, 727, 730, 740, 741, 746, 751, 756, 760, 766, 779,
                    791),
            members(NORDJYLLAND, 773, 787, 810, 813, 820, 825, 840, 846, 849, 851, 860))
            .flatMap(members -> members.entrySet().stream())
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private Regions() {
    }

    public static List<Region> all() {
        return List.of(NORDJYLLAND, MIDTJYLLAND, SYDDANMARK, HOVEDSTADEN, SJAELLAND);
    }

    /** The region the municipality belongs to. */
    public static Region of(MunicipalityCode municipality) {
        Region region = BY_MUNICIPALITY.get(municipality.value());
        if (region == null) {
            throw new NoSuchElementException("no region holds municipality " + municipality);
        }
        return region;
    }

    private static Map<String, Region> members(Region region, int... codes) {
        return java.util.Arrays.stream(codes).boxed()
                .collect(Collectors.toMap(code -> String.format("%03d", code), code -> region));
    }
}
