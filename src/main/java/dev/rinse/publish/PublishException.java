package dev.rinse.publish;

/** A file that cannot be written so that its generator publishes it safely; the file fails alone. */
public final class PublishException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PublishException(String message) {
    super(message);
  }
}
