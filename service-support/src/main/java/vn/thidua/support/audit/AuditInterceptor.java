package vn.thidua.support.audit;

import java.net.URI;

import org.jboss.logging.MDC;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;
import vn.thidua.support.security.Caller;
import vn.thidua.support.security.RequestValues;

/**
 * Runs an {@link Audited} resource method inside a transaction (the service's {@code @Transactional} joins it) and
 * appends the audit row before it commits. A write that fails rolls back and leaves no row: the trail lists
 * accepted writes. Innermost of the suite's interceptors, after validation and the scope check.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 1000)
public class AuditInterceptor {

    static final String REQUEST_ID_MDC = "requestId";
    static final String REQUEST_ID_HEADER = "X-Request-Id";

    @Inject
    AuditTrail trail;

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    @AroundInvoke
    Object audit(InvocationContext context) throws Exception {
        Audited audited = context.getMethod().getAnnotation(Audited.class);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Object result = context.proceed();
            int status = result instanceof Response response ? response.getStatus() : 200;
            if (status < 300) {
                trail.record(Caller.of(identity), audited.action(), audited.resource(),
                        resourceId(audited, context, result), requestId(), outcome(status, result));
            }
            return result;
        });
    }

    private static String resourceId(Audited audited, InvocationContext context, Object result) {
        if (!audited.id().isEmpty()) {
            return RequestValues.resolve(audited.id(), context);
        }
        if (result instanceof Response response && response.getLocation() != null) {
            URI location = response.getLocation();
            String path = location.getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
        return null;
    }

    private static String outcome(int status, Object result) {
        boolean replayed = result instanceof Response response
                && "true".equals(response.getHeaderString("Idempotent-Replayed"));
        return status + (replayed ? " replayed" : "");
    }

    private String requestId() {
        Object mdc = MDC.get(REQUEST_ID_MDC);
        if (mdc != null) {
            return mdc.toString();
        }
        try {
            return request.getHeader(REQUEST_ID_HEADER);
        } catch (RuntimeException notInARequest) {
            return null;
        }
    }
}
