package dk.sygesikring.domain.person;

/** WGS84 position of an address, used for distances to practitioners (DOC-2). */
public record Coordinates(double latitude, double longitude) {

    public Coordinates {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("not a WGS84 position: " + latitude + ", " + longitude);
        }
    }

    /** Great-circle distance in kilometres (haversine). */
    public double kilometresTo(Coordinates other) {
        double earthRadiusKm = 6371.0088;
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * earthRadiusKm * Math.asin(Math.sqrt(a));
    }
}
