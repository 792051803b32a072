package dk.sygesikring.simulators.population;

import dk.sygesikring.domain.municipality.Municipality;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Coordinates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The 98 Danish municipalities with their main towns and postal districts, read from
 * {@code municipalities.csv} and {@code postcodes.csv} next to this class. Codes and names are
 * the same as the persistence module's migration V2.
 */
public final class Municipalities {

    private static final List<MunicipalityArea> ALL = load();

    private Municipalities() {
    }

    /** All 98, in order of municipality code. */
    public static List<MunicipalityArea> all() {
        return ALL;
    }

    public static MunicipalityArea byCode(String code) {
        return ALL.stream()
                .filter(area -> area.code().value().equals(code))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no municipality with code " + code));
    }

    private static List<MunicipalityArea> load() {
        Map<String, List<PostalDistrict>> districts = new LinkedHashMap<>();
        for (String[] row : rows("postcodes.csv", 3)) {
            districts.computeIfAbsent(row[0], code -> new ArrayList<>()).add(new PostalDistrict(row[1], row[2]));
        }
        List<MunicipalityArea> areas = new ArrayList<>();
        for (String[] row : rows("municipalities.csv", 6)) {
            String code = row[0];
            List<PostalDistrict> postalDistricts = districts.get(code);
            if (postalDistricts == null) {
                throw new IllegalStateException("postcodes.csv has no postcode for municipality " + code);
            }
            areas.add(new MunicipalityArea(
                    new Municipality(MunicipalityCode.of(code), row[1]),
                    new Coordinates(Double.parseDouble(row[2]), Double.parseDouble(row[3])),
                    Double.parseDouble(row[4]),
                    Integer.parseInt(row[5]),
                    postalDistricts));
        }
        return List.copyOf(areas);
    }

    /** The data rows of a semicolon-separated resource: comment lines (#) and the header skipped. */
    private static List<String[]> rows(String resource, int columns) {
        try (InputStream in = Municipalities.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean headerSeen = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    continue;
                }
                String[] cells = line.split(";", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " columns in: " + line);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
