package tw.dropout.account;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.random.RandomGenerator;

import javax.imageio.ImageIO;

/**
 * Draws captcha text as distorted strokes. It uses a tiny built-in stroke alphabet instead of system
 * fonts, so it renders the same on a bare server with no fonts installed.
 */
final class CaptchaRenderer {

  /** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). */
  static final String ALPHABET = "ACDEFHJKMNPRTUVWXY34679";

  static final int WIDTH = 180;
  static final int HEIGHT = 56;

  // Each glyph: polylines on a 4 x 6 grid, as x,y pairs.
  private static final Map<Character, double[][]> GLYPHS = Map.ofEntries(
      Map.entry('A', new double[][] {{0, 6, 2, 0, 4, 6}, {1, 3.5, 3, 3.5}}),
      Map.entry('C', new double[][] {{4, 1, 3, 0, 1, 0, 0, 1, 0, 5, 1, 6, 3, 6, 4, 5}}),
      Map.entry('D', new double[][] {{0, 0, 0, 6, 3, 6, 4, 5, 4, 1, 3, 0, 0, 0}}),
      Map.entry('E', new double[][] {{4, 0, 0, 0, 0, 6, 4, 6}, {0, 3, 3, 3}}),
      Map.entry('F', new double[][] {{4, 0, 0, 0, 0, 6}, {0, 3, 3, 3}}),
      Map.entry('H', new double[][] {{0, 0, 0, 6}, {4, 0, 4, 6}, {0, 3, 4, 3}}),
      Map.entry('J', new double[][] {{1, 0, 4, 0}, {3, 0, 3, 5, 2, 6, 1, 6, 0, 5}}),
      Map.entry('K', new double[][] {{0, 0, 0, 6}, {4, 0, 0, 3.5}, {1.2, 2.8, 4, 6}}),
      Map.entry('M', new double[][] {{0, 6, 0, 0, 2, 3, 4, 0, 4, 6}}),
      Map.entry('N', new double[][] {{0, 6, 0, 0, 4, 6, 4, 0}}),
      Map.entry('P', new double[][] {{0, 6, 0, 0, 3, 0, 4, 1, 4, 2, 3, 3, 0, 3}}),
      Map.entry('R', new double[][] {{0, 6, 0, 0, 3, 0, 4, 1, 4, 2, 3, 3, 0, 3}, {2, 3, 4, 6}}),
      Map.entry('T', new double[][] {{0, 0, 4, 0}, {2, 0, 2, 6}}),
      Map.entry('U', new double[][] {{0, 0, 0, 5, 1, 6, 3, 6, 4, 5, 4, 0}}),
      Map.entry('V', new double[][] {{0, 0, 2, 6, 4, 0}}),
      Map.entry('W', new double[][] {{0, 0, 1, 6, 2, 2, 3, 6, 4, 0}}),
      Map.entry('X', new double[][] {{0, 0, 4, 6}, {4, 0, 0, 6}}),
      Map.entry('Y', new double[][] {{0, 0, 2, 3, 4, 0}, {2, 3, 2, 6}}),
      Map.entry('3', new double[][] {{0, 0, 4, 0, 2, 2.5, 3, 2.5, 4, 3.5, 4, 5, 3, 6, 1, 6, 0, 5}}),
      Map.entry('4', new double[][] {{3, 6, 3, 0, 0, 4, 4, 4}}),
      Map.entry('6', new double[][] {{3, 0, 1, 0, 0, 1.5, 0, 5, 1, 6, 3, 6, 4, 5, 4, 4, 3, 3, 0, 3}}),
      Map.entry('7', new double[][] {{0, 0, 4, 0, 1.5, 6}}),
      Map.entry('9', new double[][] {{4, 3, 1, 3, 0, 2, 0, 1, 1, 0, 3, 0, 4, 1, 4, 4.5, 3, 6, 1, 6}}));

  private CaptchaRenderer() {
  }

  static String randomText(RandomGenerator random, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  static byte[] renderPng(String text, RandomGenerator random) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(245, 247, 250));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      drawNoise(g, random, 14, 1f, 170);
      float slot = (WIDTH - 20f) / Math.max(text.length(), 1);
      for (int i = 0; i < text.length(); i++) {
        drawGlyph(g, Character.toUpperCase(text.charAt(i)), 10 + slot * i + slot / 2, HEIGHT / 2f, random);
      }
      drawNoise(g, random, 4, 1.6f, 90);
    } finally {
      g.dispose();
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("PNG encoding failed", e);
    }
  }

  private static void drawGlyph(Graphics2D g, char c, float centerX, float centerY, RandomGenerator random) {
    double[][] strokes = GLYPHS.get(c);
    if (strokes == null) {
      // A fixed test answer may use characters outside the alphabet: draw them as a bar.
      strokes = new double[][] {{0, 3, 4, 3}};
    }
    double scale = 5.2 + random.nextDouble() * 1.2;
    AffineTransform t = new AffineTransform();
    t.translate(centerX + random.nextDouble() * 4 - 2, centerY + random.nextDouble() * 6 - 3);
    t.rotate(Math.toRadians(random.nextDouble() * 40 - 20));
    t.shear(random.nextDouble() * 0.3 - 0.15, 0);
    t.scale(scale, scale);
    t.translate(-2, -3);
    Path2D path = new Path2D.Double();
    for (double[] line : strokes) {
      path.moveTo(line[0], line[1]);
      for (int i = 2; i < line.length; i += 2) {
        path.lineTo(line[i], line[i + 1]);
      }
    }
    g.setColor(new Color(20 + random.nextInt(60), 30 + random.nextInt(60), 80 + random.nextInt(80)));
    g.setStroke(new BasicStroke(2.6f + random.nextFloat(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(t.createTransformedShape(path));
  }

  private static void drawNoise(Graphics2D g, RandomGenerator random, int lines, float width, int shade) {
    g.setStroke(new BasicStroke(width));
    for (int i = 0; i < lines; i++) {
      g.setColor(new Color(shade + random.nextInt(40), shade + random.nextInt(40), shade + random.nextInt(40)));
      g.drawLine(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(WIDTH), random.nextInt(HEIGHT));
    }
  }
}
