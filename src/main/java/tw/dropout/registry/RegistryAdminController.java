package tw.dropout.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import tw.dropout.school.School;
import tw.dropout.school.SchoolRepository;

/** /admin/registry: administrators import the registry from CSV or Excel and see what it holds. */
@Controller
@RequestMapping("/admin/registry")
@PreAuthorize("hasRole('ADMIN')")
class RegistryAdminController {

  /** More problems than this are counted, not listed: a wrong file can otherwise fill thousands of rows. */
  static final int PROBLEMS_SHOWN = 200;
  static final long MAX_BYTES = 10L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(RegistryAdminController.class);

  private final RegistryImport registryImport;
  private final RegistryStudents students;
  private final SchoolRepository schools;
  private final RegistryProperties properties;

  RegistryAdminController(RegistryImport registryImport, RegistryStudents students, SchoolRepository schools,
      RegistryProperties properties) {
    this.registryImport = registryImport;
    this.students = students;
    this.schools = schools;
    this.properties = properties;
  }

  @GetMapping
  String page(Model model) {
    Map<String, Integer> counts = students.countBySchool();
    List<SchoolCount> perSchool = schools.findAll().stream()
        .map(s -> new SchoolCount(s, counts.getOrDefault(s.code(), 0)))
        .toList();
    model.addAttribute("perSchool", perSchool);
    model.addAttribute("columns", RegistryColumn.values());
    model.addAttribute("httpMode", properties.mode() == RegistryProperties.Mode.HTTP);
    model.addAttribute("maxProblems", PROBLEMS_SHOWN);
    model.addAttribute("maxBytes", MAX_BYTES);
    return "admin/registry";
  }

  @PostMapping
  String upload(@RequestParam("file") MultipartFile file, Principal principal, Model model) throws IOException {
    ImportResult result = file.getSize() > MAX_BYTES
        ? ImportResult.refused(RegistryTexts.get("file.tooLarge"))
        : registryImport.importFile(file.getOriginalFilename(), file.getBytes());
    // Personal data of many students changes at once: keep who did it in the log.
    LOG.info("Registry upload by {} of {} ({} bytes): {}", principal.getName(), file.getOriginalFilename(),
        file.getSize(), result.refused() ? result.problems().size() + " row(s) refused, nothing imported"
            : result.created() + " created, " + result.updated() + " updated, " + result.transfers() + " transfers");
    model.addAttribute("result", result);
    model.addAttribute("fileName", file.getOriginalFilename());
    model.addAttribute("shownProblems", result.problems().stream().limit(PROBLEMS_SHOWN).toList());
    return page(model);
  }

  /** The header row only, with a byte order mark so Excel opens the UTF-8 file with readable headers. */
  @GetMapping("/template.csv")
  ResponseEntity<byte[]> template() {
    byte[] csv = ("\uFEFF" + RegistryColumn.headerLine() + "\r\n").getBytes(StandardCharsets.UTF_8);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("registry-students-template.csv").build().toString())
        .body(csv);
  }

  record SchoolCount(School school, int students) {
  }
}
