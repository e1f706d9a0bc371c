package vn.thidua.problems;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every problem {@code type} of the suite that is not a named domain rule, with its status and a short text in
 * Vietnamese and English. The services build their problem documents from it and the gateway serves its pages
 * ({@code /problems/{slug}}) from it, so a type URI a client receives always resolves to a page that explains it.
 * A broken domain rule has the type {@code /problems/<rule-in-kebab-case>} ({@link #ruleSlug}); its page is
 * generated from the rule name.
 */
public enum ProblemCatalog {

    INVALID_REQUEST(400, "Invalid request", "Yêu cầu không hợp lệ",
            "A field of the body, or a path or query parameter, is missing or has a value that is not allowed. "
                    + "'errors' names each field and what is wrong; correct them and send the request again.",
            "Một trường của nội dung, hoặc một tham số đường dẫn hay truy vấn, bị thiếu hoặc có giá trị không được "
                    + "phép. 'errors' nêu từng trường và lỗi; sửa lại rồi gửi lại yêu cầu."),
    INVALID_PARAMETER(400, "Invalid parameter", "Tham số không hợp lệ",
            "A path or query parameter cannot be read as its type (a date, a year, a number, one of a fixed list "
                    + "of values). 'errors' names the parameter and the values it allows.",
            "Một tham số đường dẫn hay truy vấn không đọc được theo kiểu của nó (ngày, năm, số, một giá trị trong "
                    + "danh sách cho phép). 'errors' nêu tên tham số và các giá trị được phép."),
    MALFORMED_JSON(400, "Malformed JSON", "JSON không đúng cú pháp",
            "The request body is not valid JSON. Nothing was changed.",
            "Nội dung yêu cầu không phải JSON hợp lệ. Không có gì bị thay đổi."),
    UNAUTHORIZED(401, "Unauthorized", "Chưa xác thực",
            "The request needs a bearer token, and none was sent or the one sent is not valid here (expired, not yet "
                    + "valid, signed by another key or issued by another issuer). Get a new token and retry.",
            "Yêu cầu cần mã truy cập (bearer token) nhưng không có, hoặc mã đã gửi không hợp lệ (hết hạn, chưa có "
                    + "hiệu lực, ký bằng khóa khác hoặc do nơi cấp khác). Hãy lấy mã mới rồi thử lại."),
    FORBIDDEN(403, "Forbidden", "Không có quyền",
            "The token is valid but lacks the right for this request: another role, or acting for another unit or "
                    + "cluster. 'detail' names the missing right.",
            "Mã truy cập hợp lệ nhưng không có quyền cho yêu cầu này: vai trò khác, hoặc hành động thay cho đơn vị "
                    + "hay cụm khác. 'detail' nêu quyền còn thiếu."),
    NOT_FOUND(404, "Not found", "Không tìm thấy",
            "The resource named in the path does not exist (or not any more).",
            "Tài nguyên nêu trong đường dẫn không tồn tại (hoặc không còn nữa)."),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "Phương thức không được phép",
            "The resource does not support this HTTP method; the Allow header lists those it supports.",
            "Tài nguyên không hỗ trợ phương thức HTTP này; tiêu đề Allow liệt kê các phương thức được hỗ trợ."),
    NOT_ACCEPTABLE(406, "Not acceptable", "Không thể đáp ứng định dạng",
            "The resource cannot answer in any of the media types named in Accept (it answers JSON).",
            "Tài nguyên không thể trả lời theo định dạng nêu trong Accept (tài nguyên trả lời bằng JSON)."),
    IDEMPOTENCY_KEY_IN_USE(409, "Idempotency-Key in use", "Idempotency-Key đang được xử lý",
            "Another request with the same Idempotency-Key is still being processed. Retry a little later: you "
                    + "will then receive its answer.",
            "Một yêu cầu khác cùng Idempotency-Key vẫn đang được xử lý. Hãy thử lại sau ít phút: khi đó sẽ nhận "
                    + "được câu trả lời của yêu cầu đó."),
    STALE_VERSION(412, "Precondition failed", "Phiên bản đã cũ",
            "If-Match does not name the current version (ETag) of the resource: someone changed it since you read "
                    + "it. Read it again, apply your change to the new version and retry.",
            "If-Match không khớp phiên bản hiện tại (ETag) của tài nguyên: đã có người thay đổi nó sau khi bạn đọc. "
                    + "Hãy đọc lại, áp dụng thay đổi lên phiên bản mới rồi thử lại."),
    PAYLOAD_TOO_LARGE(413, "Payload too large", "Nội dung quá lớn",
            "The request body is larger than this service accepts; it was refused before being read whole.",
            "Nội dung yêu cầu lớn hơn mức dịch vụ chấp nhận; nó bị từ chối trước khi được đọc hết."),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type", "Định dạng nội dung không được hỗ trợ",
            "The request body must be JSON (Content-Type: application/json).",
            "Nội dung yêu cầu phải là JSON (Content-Type: application/json)."),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency-Key reused", "Idempotency-Key bị dùng lại",
            "This Idempotency-Key was already used for a different request (another body, method or path). A key "
                    + "names one intended write: use a new key for a new request.",
            "Idempotency-Key này đã được dùng cho một yêu cầu khác (nội dung, phương thức hoặc đường dẫn khác). Mỗi "
                    + "khóa ứng với một thao tác ghi: hãy dùng khóa mới cho yêu cầu mới."),
    TOO_MANY_REQUESTS(429, "Too many requests", "Quá nhiều yêu cầu",
            "This client sent more requests than the gateway allows in a time window. Retry-After says in how many "
                    + "seconds to retry.",
            "Máy khách đã gửi nhiều yêu cầu hơn mức cổng kết nối cho phép trong một khoảng thời gian. Retry-After "
                    + "cho biết sau bao nhiêu giây thì thử lại."),
    INTERNAL_ERROR(500, "Internal error", "Lỗi nội bộ",
            "The service failed unexpectedly. The failure is logged under the request id of the problem; nothing "
                    + "half-done was kept.",
            "Dịch vụ gặp lỗi ngoài dự kiến. Lỗi được ghi nhật ký theo mã yêu cầu (requestId) của thông báo; không "
                    + "có thay đổi dở dang nào được giữ lại."),
    BAD_GATEWAY(502, "Bad gateway", "Lỗi cổng kết nối",
            "The service behind the gateway broke off the exchange. It may or may not have acted: retry a write with "
                    + "the same Idempotency-Key.",
            "Dịch vụ phía sau cổng kết nối đã ngắt trao đổi. Dịch vụ có thể đã hoặc chưa thực hiện: hãy gửi lại thao "
                    + "tác ghi với cùng Idempotency-Key."),
    SERVICE_UNAVAILABLE(503, "Service unavailable", "Dịch vụ không sẵn sàng",
            "The service could not be reached; nothing reached it, so a retry is safe.",
            "Không kết nối được tới dịch vụ; yêu cầu chưa tới dịch vụ nên có thể thử lại an toàn."),
    GATEWAY_TIMEOUT(504, "Gateway timeout", "Hết thời gian chờ",
            "The service did not answer in time after receiving the request. It may have acted: retry a write with "
                    + "the same Idempotency-Key.",
            "Dịch vụ không trả lời kịp sau khi nhận yêu cầu. Dịch vụ có thể đã thực hiện: hãy gửi lại thao tác ghi "
                    + "với cùng Idempotency-Key."),
    HTTP_ERROR(0, "HTTP error", "Lỗi HTTP",
            "The request failed with the HTTP status given in the problem.",
            "Yêu cầu thất bại với mã trạng thái HTTP nêu trong thông báo.");

    /**
     * Base of every problem {@code type}: a path the gateway serves, so the URI resolves against the address the
     * client called (RFC 9457 allows a relative reference).
     */
    public static final String BASE = "/problems/";

    private final int status;
    private final String titleEn;
    private final String titleVi;
    private final String descriptionEn;
    private final String descriptionVi;

    ProblemCatalog(int status, String titleEn, String titleVi, String descriptionEn, String descriptionVi) {
        this.status = status;
        this.titleEn = titleEn;
        this.titleVi = titleVi;
        this.descriptionEn = descriptionEn;
        this.descriptionVi = descriptionVi;
    }

    /** {@code stale-version}: the last segment of the type URI. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String type() {
        return BASE + slug();
    }

    /** The HTTP status; 0 for {@link #HTTP_ERROR}, which carries any other status. */
    public int status() {
        return status;
    }

    public String titleEn() {
        return titleEn;
    }

    public String titleVi() {
        return titleVi;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    public String descriptionVi() {
        return descriptionVi;
    }

    public static Optional<ProblemCatalog> bySlug(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug().equals(slug)).findFirst();
    }

    /** The catalogue entry of a status the HTTP layer answered by itself (404, 405, ...). */
    public static ProblemCatalog forStatus(int status) {
        return Arrays.stream(values()).filter(p -> p.status == status && p != INVALID_PARAMETER
                && p != MALFORMED_JSON && p != IDEMPOTENCY_KEY_IN_USE && p != IDEMPOTENCY_KEY_REUSED)
                .findFirst().orElse(HTTP_ERROR);
    }

    /** CHAIR_NOT_MEMBER → chair-not-member. */
    public static String ruleSlug(String rule) {
        return rule.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** chair-not-member → CHAIR_NOT_MEMBER, or empty when the slug cannot name a rule. */
    public static Optional<String> ruleOf(String slug) {
        if (slug == null || !slug.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*") || slug.length() > 80) {
            return Optional.empty();
        }
        return Optional.of(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
