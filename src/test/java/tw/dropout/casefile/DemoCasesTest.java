package tw.dropout.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.dropout.support.IntegrationTest;

/** The demo cases go through the real services and end in every state (school 3's, in the shared database). */
@IntegrationTest
class DemoCasesTest {

  @Autowired
  DemoCases demoCases;
  @Autowired
  CaseRepository cases;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcClient jdbc;

  @Test
  void demoSchoolGetsACaseInEveryState() {
    demoCases.load(3);

    List<DropoutCase> loaded = DemoCases.STUDENTS.get(2).stream()
        .map(id -> jdbc.sql("select id from dropout_case where national_id = ? and school_code = '219901'")
            .param(id).query(Long.class).single())
        .map(cases::get).toList();
    assertThat(loaded).extracting(DropoutCase::state).containsExactly(CaseState.FILING, CaseState.AWAITING_RECORD,
        CaseState.AWAITING_REPORT, CaseState.TRACKING, CaseState.AWAITING_CLOSURE, CaseState.CLOSED);
    assertThat(loaded.get(0).guardianName()).isNotBlank();
    assertThat(loaded.get(1).phone()).isEqualTo(loaded.get(1).guardianPhone());
    assertThat(loaded.get(5).closingReason()).isEqualTo(ClosingReason.RETURNED);
    for (String review : List.of(CaseProcess.TASK_REVIEW_REPORT, CaseProcess.TASK_REVIEW_CLOSURE)) {
      assertThat(taskService.createTaskQuery().tenantIdIn("219901").taskDefinitionKey(review).count()).isEqualTo(1);
    }
    // 通報 for four cases, 結案 for two: each sent the main reporter a mail.
    assertThat(jdbc.sql("select count(*) from mail_outbox where template = 'case-review' and recipient = 'main3@example.org'")
        .query(Long.class).single()).isEqualTo(6);
  }
}
