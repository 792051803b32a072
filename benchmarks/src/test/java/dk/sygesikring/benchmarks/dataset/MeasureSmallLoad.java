package dk.sygesikring.benchmarks.dataset;

import dk.sygesikring.dev.postgres.EmbeddedClusters;
import dk.sygesikring.simulators.population.NationalPopulation.Preset;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: loads SMALL with a year of audit into a fresh on-disk cluster (production durability) with the audit's
 * indexes made DURING or AFTER the COPY, prints the load's figures and the AUD-1 plans. Run by hand (docs/performance.md).
 */
final class MeasureSmallLoad {

    public static void main(String[] args) throws Exception {
        NationalDataset.AuditIndexes indexes = NationalDataset.AuditIndexes.valueOf(args.length > 0 ? args[0] : "AFTER");
        Path directory = Files.createTempDirectory("small-dataset");
        try (EmbeddedPostgres postgres = EmbeddedClusters.onDisk(0, directory)) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            NationalDataset.Loaded loaded = NationalDataset.load(url, "postgres", "postgres",
                    NationalDataset.Options.of(Preset.SMALL, NationalPopulationSeed.SEED).withAuditIndexes(indexes));
            System.out.println("audit indexes " + indexes);
            NationalDataset.report(loaded, url);
            AuditExtractionPlans.print(url);
        }
    }

    private static final class NationalPopulationSeed {
        static final long SEED = dk.sygesikring.simulators.population.NationalPopulation.DEFAULT_SEED;
    }
}
