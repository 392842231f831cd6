package vn.baocao.distribution;

/** The distribution cannot be made as configured: said to the integrator, with the fix. */
public final class DistributionException extends Exception {
    private static final long serialVersionUID = 1L;

    public DistributionException(String message) {
        super(message);
    }
}
