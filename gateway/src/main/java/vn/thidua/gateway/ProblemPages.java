package vn.thidua.gateway;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import vn.thidua.problems.ProblemCatalog;

/**
 * The pages behind the problem {@code type} URIs ({@code /problems/{name}}), in Vietnamese and English, generated
 * from the same {@link ProblemCatalog} the services build their problems from. A name that is not in the catalogue
 * but can name a domain rule ({@code chair-not-member}) gets the rule's page: the services name their rules in the
 * problem's {@code rule} and {@code detail}, and list them per operation in the OpenAPI document.
 */
@ApplicationScoped
public class ProblemPages {

    void mount(@Observes Router router) {
        router.get("/problems").handler(this::index);
        router.get("/problems/:name").handler(this::page);
    }

    private void index(RoutingContext ctx) {
        StringBuilder list = new StringBuilder();
        for (ProblemCatalog problem : ProblemCatalog.values()) {
            list.append("<li><a href=\"").append(problem.type()).append("\"><code>").append(problem.slug())
                    .append("</code></a> ").append(problem.status() == 0 ? "" : problem.status() + " ")
                    .append(escape(problem.titleVi())).append(" / ").append(escape(problem.titleEn()))
                    .append("</li>\n");
        }
        html(ctx, 200, "Các loại lỗi / Problem types",
                "<h1>Các loại lỗi của thidua / thidua problem types</h1>\n<ul>\n" + list + "</ul>\n"
                        + "<p lang=\"vi\">Vi phạm quy tắc nghiệp vụ có loại <code>/problems/&lt;tên-quy-tắc&gt;</code>.</p>\n"
                        + "<p lang=\"en\">A broken domain rule has the type <code>/problems/&lt;rule-name&gt;</code>.</p>");
    }

    private void page(RoutingContext ctx) {
        String name = ctx.pathParam("name");
        Optional<ProblemCatalog> known = ProblemCatalog.bySlug(name);
        if (known.isPresent()) {
            ProblemCatalog p = known.get();
            String status = p.status() == 0 ? "" : " (HTTP " + p.status() + ")";
            html(ctx, 200, p.titleVi() + " / " + p.titleEn(),
                    "<p><code>type: " + p.type() + "</code>" + status + "</p>\n"
                            + section("vi", p.titleVi(), p.descriptionVi())
                            + section("en", p.titleEn(), p.descriptionEn()) + BACK);
            return;
        }
        Optional<String> rule = ProblemCatalog.ruleOf(name);
        if (rule.isPresent()) {
            String r = escape(rule.get());
            html(ctx, 200, r, "<p><code>type: " + ProblemCatalog.BASE + escape(name) + "</code> (HTTP 409 / 422)</p>\n"
                    + section("vi", "Vi phạm quy tắc " + r,
                            "Yêu cầu vi phạm quy tắc nghiệp vụ " + r + " (trường 'rule' của thông báo). Trường 'detail' "
                                    + "nêu cụ thể điều gì sai; không có gì bị thay đổi. 409: xung đột với trạng thái "
                                    + "hiện tại; 422: yêu cầu không thể hợp lệ. Tài liệu OpenAPI liệt kê quy tắc của "
                                    + "từng thao tác.")
                    + section("en", "Rule " + r + " broken",
                            "The request breaks the domain rule " + r + " (the problem's 'rule'). 'detail' says what "
                                    + "exactly is wrong; nothing was changed. 409: it conflicts with the current state; "
                                    + "422: the request cannot be valid. The OpenAPI document lists the rules of each "
                                    + "operation.")
                    + BACK);
            return;
        }
        html(ctx, 404, "Không tìm thấy / Not found", "<p>No problem type " + escape(name) + ".</p>" + BACK);
    }

    private static final String BACK = "<p><a href=\"/problems\">Tất cả các loại lỗi / All problem types</a></p>\n";

    private static String section(String lang, String title, String text) {
        return "<section lang=\"" + lang + "\">\n<h2>" + escape(title) + "</h2>\n<p>" + escape(text) + "</p>\n</section>\n";
    }

    private static void html(RoutingContext ctx, int status, String title, String body) {
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Content-Language", "vi, en")
                .putHeader("Cache-Control", "public, max-age=3600")
                .end("<!DOCTYPE html>\n<html lang=\"vi\">\n<head><meta charset=\"utf-8\"><title>" + escape(title)
                        + "</title></head>\n<body>\n" + body + "</body>\n</html>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
