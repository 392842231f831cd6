package vn.baocao.format.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.format.html.ChartCanvas;
import vn.baocao.format.html.ChartDrawing;

/**
 * A chart as a picture for the PDF (its layout engine draws no SVG), in the PDF's own font so that
 * Vietnamese labels need nothing from the machine; drawn at three times the size for print.
 */
final class PictureCanvas implements ChartCanvas {
    private static final int SCALE = 3;
    private static final Font REGULAR = load("LiberationSerif-Regular.ttf");
    private static final Font BOLD = load("LiberationSerif-Bold.ttf");
    private final Graphics2D g;

    private PictureCanvas(Graphics2D g) {
        this.g = g;
    }

    /** The chart as an {@code img} element whose source is the picture itself. */
    static String of(BlockContent.Chart chart) {
        BufferedImage image = new BufferedImage((int) (ChartDrawing.WIDTH * SCALE), (int) (ChartDrawing.HEIGHT * SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            ChartDrawing.draw(chart, new PictureCanvas(g));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()) + "\" alt=\""
                + vn.baocao.format.html.HtmlReportWriter.escape(chart.title()) + "\"/>";
    }

    @Override
    public void rectangle(double x, double y, double width, double height, String fill) {
        g.setColor(Color.decode(fill));
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width) {
        g.setColor(Color.decode(stroke));
        g.setStroke(new BasicStroke((float) width));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, String stroke, double width) {
        if (xs.length == 0) return;
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) path.lineTo(xs[i], ys[i]);
        g.setColor(Color.decode(stroke));
        g.setStroke(new BasicStroke((float) width));
        g.draw(path);
    }

    @Override
    public void dot(double x, double y, double radius, String fill) {
        g.setColor(Color.decode(fill));
        g.fill(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, Anchor anchor, double degrees) {
        Font font = (bold ? BOLD : REGULAR).deriveFont((float) size);
        g.setFont(font);
        g.setColor(Color.BLACK);
        double width = g.getFontMetrics().getStringBounds(text, g).getWidth();
        double dx = switch (anchor) {
            case START -> 0;
            case MIDDLE -> -width / 2;
            case END -> -width;
        };
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        if (degrees != 0) g.rotate(Math.toRadians(degrees));
        g.drawString(text, (float) dx, 0f);
        g.setTransform(saved);
    }

    private static Font load(String file) {
        try (InputStream in = PictureCanvas.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the PDF plugin: " + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("font unreadable in the PDF plugin: " + file, e);
        }
    }
}
