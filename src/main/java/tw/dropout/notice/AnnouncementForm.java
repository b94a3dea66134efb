package tw.dropout.notice;

import java.time.LocalDate;

/** The announcement editor's fields. */
public class AnnouncementForm {

  static final int TITLE_MAX = 200;
  static final int BODY_MAX = 10_000;

  private String title = "";
  private String body = "";
  private LocalDate publishedOn;
  private boolean pinned;
  private boolean removeAttachment;

  static AnnouncementForm of(Announcement a) {
    AnnouncementForm f = new AnnouncementForm();
    f.title = a.title();
    f.body = a.body();
    f.publishedOn = a.publishedOn();
    f.pinned = a.pinned();
    return f;
  }

  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title == null ? "" : title.strip(); }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body == null ? "" : body.replace("\r\n", "\n").strip(); }
  public LocalDate getPublishedOn() { return publishedOn; }
  public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
  public boolean isPinned() { return pinned; }
  public void setPinned(boolean pinned) { this.pinned = pinned; }
  public boolean isRemoveAttachment() { return removeAttachment; }
  public void setRemoveAttachment(boolean removeAttachment) { this.removeAttachment = removeAttachment; }
}
