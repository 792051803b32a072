package dk.sygesikring.simulators.nets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The merchants of the Nets simulator, each known by its secret key, as Nets knows a merchant by the key in the
 * Authorization header. A merchant has one key at a time: setting a new one is a rotation at Nets, after which
 * the old key is refused at once. A key belongs to one merchant only.
 */
final class Merchants {

    private static final Pattern MERCHANT_ID = Pattern.compile("\\d{1,12}");
    private static final int LONGEST_KEY = 256;

    private final Map<String, String> keyByMerchant = new TreeMap<>();
    private final Map<String, String> merchantByKey = new HashMap<>();

    /**
     * Sets or rotates the merchant's key.
     *
     * @throws IllegalArgumentException when the id is not 1-12 digits or the key is blank, too long or has spaces
     * @throws IllegalStateException    when the key is another merchant's
     */
    synchronized void set(String merchantId, String secretKey) {
        requireMerchantId(merchantId);
        if (secretKey == null || secretKey.isBlank() || secretKey.length() > LONGEST_KEY
                || secretKey.chars().anyMatch(c -> c <= ' ' || c == 127)) {
            throw new IllegalArgumentException("a secret key is 1-" + LONGEST_KEY + " visible characters without spaces");
        }
        String owner = merchantByKey.get(secretKey);
        if (owner != null && !owner.equals(merchantId)) {
            throw new IllegalStateException("the secret key is merchant " + owner + "'s");
        }
        String previous = keyByMerchant.put(merchantId, secretKey);
        if (previous != null) {
            merchantByKey.remove(previous);
        }
        merchantByKey.put(secretKey, merchantId);
    }

    /** The merchant whose key this is, if any. */
    synchronized Optional<String> merchantOf(String secretKey) {
        return Optional.ofNullable(secretKey == null ? null : merchantByKey.get(secretKey));
    }

    synchronized List<String> merchantIds() {
        return List.copyOf(keyByMerchant.keySet());
    }

    static String requireMerchantId(String merchantId) {
        if (merchantId == null || !MERCHANT_ID.matcher(merchantId).matches()) {
            throw new IllegalArgumentException("a merchant id is 1-12 digits, e.g. a municipality code: " + merchantId);
        }
        return merchantId;
    }
}
