package dk.sygesikring.dev.postgres;

/**
 * @param port          0 for any free port
 * @param dataDirectory where the cluster lives between runs, or null for a fresh temporary cluster
 */
record EmbeddedPostgresSettings(int port, String dataDirectory) {
}
