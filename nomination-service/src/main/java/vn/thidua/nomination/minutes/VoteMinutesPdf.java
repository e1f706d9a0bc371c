package vn.thidua.nomination.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.thidua.nomination.rest.dto.BallotView;
import vn.thidua.nomination.rest.dto.VoteMinutesView;

/**
 * The printable minutes (biên bản) of an acclaim vote. The text is Vietnamese, so the font is a Unicode TrueType font
 * embedded as a subset: Liberation Sans, which ships inside PDFBox and has the Vietnamese letters (ă, ơ, ư, ạ, ế...).
 */
public final class VoteMinutesPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final float MARGIN = 56;
    private static final float LEADING = 16;

    private VoteMinutesPdf() {
    }

    public static byte[] render(VoteMinutesView m) {
        List<String> lines = new ArrayList<>();
        lines.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        lines.add("Độc lập - Tự do - Hạnh phúc");
        lines.add("");
        lines.add("BIÊN BẢN KIỂM PHIẾU BỎ PHIẾU SUY TÔN");
        lines.add("Cụm, khối thi đua: " + m.clusterCode() + " - năm " + m.year());
        lines.add("Hình thức đề nghị: " + m.awardNameVi() + " (" + m.awardType() + ")");
        lines.add("Đối tượng: " + nominee(m));
        lines.add("");
        lines.add("Số thành viên có quyền bỏ phiếu: " + m.votes().eligible());
        lines.add("Số phiếu đã bỏ: " + m.votes().cast());
        lines.add("Số phiếu đồng ý: " + m.votes().approve());
        lines.add("Số phiếu không đồng ý: " + m.votes().reject());
        lines.add("Đủ số thành viên bỏ phiếu: " + (m.quorumReached() ? "có" : "không"));
        lines.add("Quá số phiếu đồng ý cần thiết: " + (m.thresholdPassed() ? "có" : "không"));
        lines.add("Kết quả: " + result(m));
        if (m.closedAt() != null) {
            lines.add("Kết thúc bỏ phiếu lúc " + WHEN.format(m.closedAt()));
        }
        lines.add("");
        lines.add("Phiếu của các đơn vị thành viên:");
        for (BallotView b : m.ballots()) {
            lines.add("  - Đơn vị " + b.voterUnitCode() + ": " + (b.approve() ? "đồng ý" : "không đồng ý"));
        }
        lines.add("");
        lines.add("Căn cứ: " + m.rule());
        return write(lines);
    }

    private static String nominee(VoteMinutesView m) {
        return switch (m.nominee().kind()) {
            case UNIT -> "đơn vị " + m.nominee().unitCode();
            case COLLECTIVE -> "tập thể " + m.nominee().name() + " (đơn vị " + m.nominee().unitCode() + ")";
            case INDIVIDUAL -> "cá nhân " + m.nominee().name()
                    + (m.nominee().position() == null ? "" : ", " + m.nominee().position())
                    + " (đơn vị " + m.nominee().unitCode() + ")";
        };
    }

    private static String result(VoteMinutesView m) {
        if (m.result() == null) {
            return "chưa kết thúc bỏ phiếu";
        }
        return switch (m.result()) {
            case ACCLAIMED -> "được suy tôn";
            case NOT_ACCLAIMED -> "không được suy tôn";
            default -> m.result().name();
        };
    }

    private static byte[] write(List<String> lines) {
        try (PDDocument document = new PDDocument(); InputStream fontFile = VoteMinutesPdf.class
                .getResourceAsStream(FONT)) {
            PDType0Font font = PDType0Font.load(document, fontFile, true);
            PDPage page = null;
            PDPageContentStream content = null;
            float y = 0;
            for (String raw : lines) {
                for (String line : wrap(raw, 90)) {
                    if (content == null || y < MARGIN) {
                        if (content != null) {
                            content.endText();
                            content.close();
                        }
                        page = new PDPage(PDRectangle.A4);
                        document.addPage(page);
                        content = new PDPageContentStream(document, page);
                        content.beginText();
                        content.setFont(font, 11);
                        y = page.getMediaBox().getHeight() - MARGIN;
                        content.newLineAtOffset(MARGIN, y);
                    }
                    content.showText(line);
                    content.newLineAtOffset(0, -LEADING);
                    y -= LEADING;
                }
            }
            content.endText();
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String line, int width) {
        List<String> out = new ArrayList<>();
        String rest = line.replaceAll("[\\p{Cntrl}]", " ");
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        out.add(rest);
        return out;
    }
}
