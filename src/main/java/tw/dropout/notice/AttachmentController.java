package tw.dropout.notice;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public download of an announcement's attachment (always as a download, never shown inline). */
@Controller
class AttachmentController {

  private final Announcements announcements;

  AttachmentController(Announcements announcements) {
    this.announcements = announcements;
  }

  @GetMapping("/announcements/{id}/attachment")
  ResponseEntity<byte[]> download(@PathVariable long id) {
    return announcements.attachment(id)
        .map(a -> ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(a.contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .body(a.content()))
        .orElse(ResponseEntity.notFound().build());
  }
}
