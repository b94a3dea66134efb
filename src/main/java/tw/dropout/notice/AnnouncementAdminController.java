package tw.dropout.notice;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 公告管理 for ministry officers and administrators: create, edit, pin/unpin, delete. */
@Controller
@RequestMapping("/admin/announcements")
@PreAuthorize("hasAnyRole('MINISTRY', 'ADMIN')")
class AnnouncementAdminController {

  private final Announcements announcements;
  private final Clock clock;

  AnnouncementAdminController(Announcements announcements, Clock clock) {
    this.announcements = announcements;
    this.clock = clock;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("announcements", announcements.all());
    return "notice/admin-list";
  }

  @GetMapping("/new")
  String newForm(Model model) {
    AnnouncementForm form = new AnnouncementForm();
    form.setPublishedOn(LocalDate.now(clock));
    model.addAttribute("form", form);
    return "notice/admin-form";
  }

  @PostMapping("/new")
  String create(@ModelAttribute("form") AnnouncementForm form, BindingResult errors,
      @RequestParam(required = false) MultipartFile attachment, Authentication auth, RedirectAttributes redirect)
      throws IOException {
    Attachment file = validate(form, errors, attachment);
    if (errors.hasErrors()) {
      return "notice/admin-form";
    }
    announcements.create(form.getTitle(), form.getBody(), form.getPublishedOn(), form.isPinned(), file, auth.getName());
    redirect.addFlashAttribute("message", "notice.admin.msg.saved");
    return "redirect:/admin/announcements";
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    Announcement a = existing(id);
    model.addAttribute("form", AnnouncementForm.of(a));
    model.addAttribute("announcement", a);
    return "notice/admin-form";
  }

  @PostMapping("/{id}/edit")
  String update(@PathVariable long id, @ModelAttribute("form") AnnouncementForm form, BindingResult errors,
      @RequestParam(required = false) MultipartFile attachment, Model model, RedirectAttributes redirect)
      throws IOException {
    Announcement a = existing(id);
    Attachment file = validate(form, errors, attachment);
    if (errors.hasErrors()) {
      model.addAttribute("announcement", a);
      return "notice/admin-form";
    }
    announcements.update(id, form.getTitle(), form.getBody(), form.getPublishedOn(), form.isPinned(), file,
        form.isRemoveAttachment());
    redirect.addFlashAttribute("message", "notice.admin.msg.saved");
    return "redirect:/admin/announcements";
  }

  @PostMapping("/{id}/pin")
  String pin(@PathVariable long id, @RequestParam boolean pinned, RedirectAttributes redirect) {
    existing(id);
    announcements.setPinned(id, pinned);
    redirect.addFlashAttribute("message", pinned ? "notice.admin.msg.pinned" : "notice.admin.msg.unpinned");
    return "redirect:/admin/announcements";
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    existing(id);
    announcements.delete(id);
    redirect.addFlashAttribute("message", "notice.admin.msg.deleted");
    return "redirect:/admin/announcements";
  }

  private Announcement existing(long id) {
    return announcements.find(id).orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
  }

  private static Attachment validate(AnnouncementForm form, BindingResult errors, MultipartFile upload)
      throws IOException {
    if (form.getTitle().isEmpty()) {
      errors.rejectValue("title", "notice.title.required");
    } else if (form.getTitle().length() > AnnouncementForm.TITLE_MAX) {
      errors.rejectValue("title", "notice.title.tooLong");
    }
    if (form.getBody().isEmpty()) {
      errors.rejectValue("body", "notice.body.required");
    } else if (form.getBody().length() > AnnouncementForm.BODY_MAX) {
      errors.rejectValue("body", "notice.body.tooLong");
    }
    if (form.getPublishedOn() == null && !errors.hasFieldErrors("publishedOn")) {
      errors.rejectValue("publishedOn", "notice.date.required");
    }
    if (upload == null || upload.isEmpty()) {
      return null;
    }
    if (upload.getSize() > AttachmentCheck.MAX_BYTES) {
      errors.reject("notice.attachment.tooLarge");
      return null;
    }
    AttachmentCheck.Result result = AttachmentCheck.check(upload.getOriginalFilename(), upload.getBytes());
    if (result.problem() != null) {
      errors.reject(result.problem());
    }
    return result.attachment();
  }
}
