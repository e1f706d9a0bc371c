package vn.thidua.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a target-based criterion (chỉ tiêu đăng ký) turns a unit's result against its own target into points. */
public enum TargetRule {
    /** {@code maxPoints × result / target}, two decimals half-up, capped at the maximum. */
    PROPORTIONAL;

    public BigDecimal points(BigDecimal maxPoints, BigDecimal target, BigDecimal result) {
        if (target.signum() <= 0 || result.signum() < 0) {
            throw new IllegalArgumentException("target must be positive and result not negative");
        }
        BigDecimal points = maxPoints.multiply(result).divide(target, 2, RoundingMode.HALF_UP);
        return points.min(maxPoints).setScale(2, RoundingMode.UNNECESSARY);
    }
}
