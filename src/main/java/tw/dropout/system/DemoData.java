package tw.dropout.system;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.dropout.school.NewStaff;
import tw.dropout.school.School;
import tw.dropout.school.SchoolDirectory;
import tw.dropout.school.StaffRole;
import tw.dropout.school.StaffStatus;

/**
 * Three fictional schools and their staff, all with password "demo" (see README). Loaded once;
 * later starts find the data in place and add nothing.
 */
@Component
@ConditionalOnProperty(name = "dropout.demo-data", havingValue = "true")
@Order(StartupOrder.DEMO_DATA)
public class DemoData implements ApplicationRunner {

  public static final String PASSWORD = "demo";

  public static final List<School> SCHOOLS = List.of(
      new School("019901", "新北市立青山高級中學", "新北市"),
      new School("069901", "臺中市立綠川高級中學", "臺中市"),
      new School("219901", "臺南市立鳳凰高級中學", "臺南市"));

  /** Fictional staff per school: main reporter, homeroom teacher, counselor, supervisor. */
  private static final String[][] NAMES = {
      {"陳淑芬", "林志明", "黃雅婷", "張家豪"},
      {"王美惠", "李建宏", "吳佩君", "劉俊傑"},
      {"蔡秀英", "楊宗翰", "許雅雯", "鄭文雄"}};
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final SchoolDirectory directory;

  DemoData(SchoolDirectory directory) {
    this.directory = directory;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (directory.find("admin").isPresent()) {
      return;
    }
    staff("admin", "系統管理員", "系統管理者", null, StaffRole.ADMIN);
    staff("ministry", "王明德", "國教署承辦人", null, StaffRole.MINISTRY);
    for (int n = 1; n <= SCHOOLS.size(); n++) {
      School school = directory.createSchool(SCHOOLS.get(n - 1));
      String[] names = NAMES[n - 1];
      staff("main" + n, names[0], "註冊組長", school.code(), StaffRole.MAIN_REPORTER);
      staff("teacher" + n, names[1], "導師", school.code(), StaffRole.HOMEROOM_TEACHER);
      staff("counselor" + n, names[2], "專任輔導教師", school.code(), StaffRole.COUNSELOR);
      staff("head" + n, names[3], "學務主任", school.code(), StaffRole.SUPERVISOR);
    }
    LOG.info("Demo data loaded: {} schools, accounts admin, ministry, main1-3, teacher1-3, counselor1-3, head1-3"
        + " (password '{}')", SCHOOLS.size(), PASSWORD);
  }

  private void staff(String username, String name, String title, String schoolCode, StaffRole role) {
    directory.createStaff(new NewStaff(username, name, title, username + "@example.org", "02-2345-6789",
        schoolCode, role), PASSWORD, StaffStatus.ACTIVE);
  }
}
