package tw.dropout.casefile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tw.dropout.DropoutApplication;
import tw.dropout.registry.RegistryStudents;
import tw.dropout.school.StaffRepository;
import tw.dropout.school.StaffRole;
import tw.dropout.security.AccessGrant;
import tw.dropout.security.AccessPolicy;

/**
 * Complete case lifecycles per second through the product's own services, side by side with a bare
 * engine running the same number of user tasks, in the same run, on H2 (file) and PostgreSQL.
 *
 * <p>Product lifecycle: 新增填報 (registry cross-check, case row, process start), then as the signed-in
 * users do in Tasklist (claim, submit the form): 基本資料, 案件資料, a record, 通報, a record suggesting
 * closure, 結案 — 6 user tasks with validation, domain writes, conditional events and the closing-rule
 * decision. Baseline: a process of 6 plain user tasks; start, then claim and complete each, as the same
 * users. Both with authorization on and history full, as the product runs.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark verify} (both databases) or with {@code -Dbenchmark.databases=h2};
 * {@code -Dbenchmark.threads=8 -Dbenchmark.lifecycles=200 -Dbenchmark.rounds=3 -Dbenchmark.warmupRounds=5}. PostgreSQL: a fresh
 * database {@code dropout_cases_bench} on {@code benchmark.postgres.host} (127.0.0.1:5432, user postgres).
 */
public final class CaseLifecycleBenchmark {

  static final String BASELINE = "BenchmarkBaseline";
  private static final String[][] STAFF = {{"teacher1", "counselor1", "main1", "019901"},
      {"teacher2", "counselor2", "main2", "069901"}, {"teacher3", "counselor3", "main3", "219901"}};

  record Measurement(String database, String variant, int lifecycles, double seconds, List<Long> millis) {
    double perSecond() {
      return lifecycles / seconds;
    }

    long percentile(int p) {
      List<Long> sorted = new ArrayList<>(millis);
      Collections.sort(sorted);
      return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
  }

  private final ProcessEngine engine;
  private final CaseFiling filing;
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  /** Time per product step (ms, summed over all threads), printed with -Dbenchmark.steps=true. */
  private final Map<String, java.util.concurrent.atomic.LongAdder> stepMillis = new java.util.concurrent.ConcurrentSkipListMap<>();
  private final Map<String, Runnable[]> authentications = new java.util.concurrent.ConcurrentHashMap<>();

  CaseLifecycleBenchmark(ConfigurableApplicationContext context) {
    this.engine = context.getBean(ProcessEngine.class);
    this.filing = context.getBean(CaseFiling.class);
    StaffRepository staff = context.getBean(StaffRepository.class);
    for (String[] school : STAFF) {
      for (int i = 0; i < 3; i++) {
        actors.put(school[i], Actor.of(staff.findByUsername(school[i]).orElseThrow()));
      }
    }
  }

  public static void main(String[] args) {
    try {
      run();
      System.exit(0);
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  static void run() throws Exception {
    List<String> databases = List.of(System.getProperty("benchmark.databases", "h2,postgres").split(","));
    int threads = Integer.getInteger("benchmark.threads", 8);
    int lifecycles = Integer.getInteger("benchmark.lifecycles", 200);
    int rounds = Integer.getInteger("benchmark.rounds", 3);
    int warmupRounds = Integer.getInteger("benchmark.warmupRounds", 5);
    List<Measurement> all = new ArrayList<>();
    for (String database : databases) {
      all.addAll(runOn(database.strip(), threads, lifecycles, rounds, warmupRounds));
    }
    String table = table(all, threads, lifecycles, rounds);
    System.out.println(table);
    Path out = Path.of("target", "benchmark", "results.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table);
  }

  static List<Measurement> runOn(String database, int threads, int lifecycles, int rounds, int warmupRounds)
      throws Exception {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("server.port", "0");
    properties.put("spring.main.banner-mode", "off");
    properties.put("camunda.bpm.job-execution.enabled", "false");
    properties.put("camunda.bpm.metrics.enabled", "false");
    properties.put("dropout.mail.scheduled", "false");
    properties.put("dropout.demo-data", "true");
    properties.put("logging.level.root", "WARN");
    properties.put("logging.level.org.camunda.bpm.engine.context", "OFF");
    // The product runs with its own history level (application.yaml); -Dbenchmark.historyLevel=full shows what form history would cost.
    if (System.getProperty("benchmark.historyLevel") != null) {
      properties.put("camunda.bpm.history-level", System.getProperty("benchmark.historyLevel"));
    }
    if (database.equals("h2")) {
      Path dir = Path.of("target", "benchmark", "h2");
      deleteRecursively(dir);
      properties.put("spring.datasource.url", "jdbc:h2:file:./" + dir + "/dropout;DB_CLOSE_ON_EXIT=FALSE");
      properties.put("spring.datasource.username", "sa");
    } else {
      String host = System.getProperty("benchmark.postgres.host", "127.0.0.1:5432");
      try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + "/postgres", "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("drop database if exists dropout_cases_bench");
        s.execute("create database dropout_cases_bench");
      }
      properties.put("spring.datasource.url", "jdbc:postgresql://" + host + "/dropout_cases_bench");
      properties.put("spring.datasource.username", "postgres");
      properties.put("spring.datasource.password", "");
    }
    properties.put("spring.datasource.hikari.maximum-pool-size", String.valueOf(threads + 4));
    AccessGrant.AccessGrants baselineGrants = () -> {
      List<AccessGrant> grants = new ArrayList<>();
      for (StaffRole role : List.of(StaffRole.HOMEROOM_TEACHER, StaffRole.COUNSELOR, StaffRole.MAIN_REPORTER)) {
        grants.addAll(AccessPolicy.taskWorker(role.groupId(), BASELINE));
        grants.addAll(AccessPolicy.starter(role.groupId(), BASELINE));
      }
      return grants;
    };
    // As command-line arguments: they win over application.yaml.
    String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
    ConfigurableApplicationContext context = new SpringApplicationBuilder(DropoutApplication.class)
        .initializers(ctx -> ctx.getBeanFactory().registerSingleton("benchmarkBaselineGrants", baselineGrants))
        .run(arguments);
    try {
      CaseLifecycleBenchmark benchmark = new CaseLifecycleBenchmark(context);
      benchmark.deployBaseline();
      List<String> students = benchmark.students(context.getBean(RegistryStudents.class), threads);
      String label = database.equals("h2") ? "H2 (file)" : "PostgreSQL";
      // Warm-up, not counted: a server runs warm, and on 2 busy cores (the JIT compiling while the
      // benchmark runs) both variants keep getting faster for the first thousand or so lifecycles.
      for (int round = 0; round < warmupRounds; round++) {
        benchmark.measure(label, "warm-up baseline", threads, lifecycles, benchmark::baselineLifecycle, students);
        benchmark.measure(label, "warm-up product", threads, lifecycles, benchmark::productLifecycle, students);
      }
      benchmark.stepMillis.clear();
      List<Measurement> measured = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        measured.add(benchmark.measure(label, "baseline", threads, lifecycles, benchmark::baselineLifecycle, students));
        measured.add(benchmark.measure(label, "product", threads, lifecycles, benchmark::productLifecycle, students));
      }
      if (Boolean.getBoolean("benchmark.steps")) {
        benchmark.stepMillis.forEach((step, ms) -> System.out.printf("  step %-32s %8d ms%n", step, ms.sum()));
      }
      return measured;
    } finally {
      context.close();
    }
  }

  /** One registry student per thread, at the thread's school: a closed case lets the student be filed again. */
  List<String> students(RegistryStudents registry, int threads) {
    List<String> students = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String id = CaseDriver.newNationalId();
      registry.save(List.of(CaseDriver.student(id, STAFF[t % 3][3], LocalDate.now().minusYears(16))));
      students.add(id);
    }
    return students;
  }

  void deployBaseline() {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(BASELINE).camundaHistoryTimeToLive(1)
        .startEvent();
    for (int i = 1; i <= 6; i++) {
      flow = flow.userTask("Task_" + i).camundaCandidateGroups("homeroom-teacher,counselor,main-reporter");
    }
    BpmnModelInstance model = flow.endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance(BASELINE + ".bpmn", model).deploy();
  }

  /** Product: filing through CaseFiling, then the six forms submitted as Tasklist does. */
  void productLifecycle(int thread, String student) {
    String[] people = STAFF[thread % 3];
    String teacher = people[0];
    String counselor = people[1];
    String main = people[2];
    long begin = System.nanoTime();
    CaseFiling.Filed filed = filing.file(student, actors.get(teacher));
    step("0 file", begin);
    String number = filed.caseNumber();
    String instance = filed.processInstanceId();
    submit(teacher, instance, CaseProcess.TASK_FILL_BASIC_DATA, CaseDriver.basicData());
    submit(teacher, instance, CaseProcess.TASK_FILL_CASE_DATA, CaseDriver.caseData(LeaveType.ABSENCE));
    submit(teacher, instance, CaseProcess.TASK_ADD_TRACKING_RECORD, CaseDriver.record("電話聯繫家長。" + number));
    submit(main, instance, CaseProcess.TASK_REVIEW_REPORT, CaseDriver.reportConfirmed());
    submit(counselor, instance, CaseProcess.TASK_ADD_TRACKING_RECORD,
        CaseDriver.recordSuggesting(ClosingReason.RETURNED, null));
    submit(main, instance, CaseProcess.TASK_REVIEW_CLOSURE, CaseDriver.closureConfirmed());
  }

  /** Baseline: six plain user tasks, started, claimed and completed by the same people. */
  void baselineLifecycle(int thread, String student) {
    String[] people = STAFF[thread % 3];
    String[] workers = {people[0], people[0], people[0], people[2], people[1], people[2]};
    String[] instance = new String[1];
    as(people[0], () -> instance[0] = engine.getRuntimeService()
        .startProcessInstanceByKey(BASELINE, Map.of("schoolId", people[3])).getId());
    for (int i = 0; i < 6; i++) {
      String taskKey = "Task_" + (i + 1);
      String worker = workers[i];
      as(worker, () -> {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance[0])
            .taskDefinitionKey(taskKey).singleResult();
        engine.getTaskService().claim(task.getId(), worker);
        engine.getTaskService().complete(task.getId());
      });
    }
  }

  private void step(String name, long begin) {
    if (Boolean.getBoolean("benchmark.trace")) {
      System.out.println("=== END OF STEP " + name);
    }
    stepMillis.computeIfAbsent(name, k -> new java.util.concurrent.atomic.LongAdder())
        .add((System.nanoTime() - begin) / 1_000_000);
  }

  private void submit(String user, String instance, String taskKey, Map<String, Object> values) {
    long begin = System.nanoTime();
    try {
      submitTimed(user, instance, taskKey, values);
    } finally {
      step(taskKey + (values.containsKey("suggestClose") ? "/" + values.get("suggestClose") : ""), begin);
    }
  }

  private void submitTimed(String user, String instance, String taskKey, Map<String, Object> values) {
    as(user, () -> {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
          .singleResult();
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getFormService().submitTaskForm(task.getId(), CaseDriver.asForm(values));
    });
  }

  /** With the engine authenticated as the user, as Tasklist's requests are. */
  private void as(String user, Runnable action) {
    IdentityService identity = engine.getIdentityService();
    Runnable[] auth = authentications.computeIfAbsent(user, u -> {
      List<String> groups = identity.createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList();
      List<String> tenants = identity.createTenantQuery().userMember(u).includingGroupsOfUser(true).list().stream()
          .map(Tenant::getId).toList();
      return new Runnable[] {() -> identity.setAuthentication(u, groups, tenants)};
    });
    auth[0].run();
    try {
      action.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  interface Lifecycle {
    void run(int thread, String student);
  }

  Measurement measure(String database, String variant, int threads, int lifecycles, Lifecycle lifecycle,
      List<String> students) throws Exception {
    AtomicInteger next = new AtomicInteger();
    List<Long> millis = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        while (next.getAndIncrement() < lifecycles) {
          long begin = System.nanoTime();
          lifecycle.run(thread, students.get(thread));
          millis.add((System.nanoTime() - begin) / 1_000_000);
        }
        return null;
      }));
    }
    try {
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Measurement m = new Measurement(database, variant, lifecycles, seconds, millis);
    System.out.printf("  %-11s %-16s %4d lifecycles in %6.1f s = %6.1f/s%n", database, variant, lifecycles, seconds,
        m.perSecond());
    return m;
  }

  static String table(List<Measurement> all, int threads, int lifecycles, int rounds) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%nCase lifecycle benchmark: %d threads, %d round(s) of %d lifecycles per variant%n",
        threads, rounds, lifecycles));
    sb.append(String.format("%-12s %-34s %14s %10s %10s%n", "database", "variant", "lifecycles/s", "p50 ms",
        "p95 ms"));
    Map<String, List<Measurement>> byDatabase = new LinkedHashMap<>();
    all.forEach(m -> byDatabase.computeIfAbsent(m.database(), k -> new ArrayList<>()).add(m));
    byDatabase.forEach((database, list) -> {
      double base = rate(list, "baseline");
      double product = rate(list, "product");
      row(sb, database, "bare engine, 6 user tasks", base, list, "baseline");
      row(sb, database, "product (registry check → 結案)", product, list, "product");
      sb.append(String.format("%-12s %-34s %14.2f   (target ≥ 0.70)%n", database, "ratio product / baseline",
          product / base));
    });
    return sb.toString();
  }

  private static void row(StringBuilder sb, String database, String label, double rate, List<Measurement> list,
      String variant) {
    List<Long> millis = new ArrayList<>();
    list.stream().filter(m -> m.variant().equals(variant)).forEach(m -> millis.addAll(m.millis()));
    Measurement merged = new Measurement(database, variant, millis.size(), 1, millis);
    sb.append(String.format("%-12s %-34s %14.1f %10d %10d%n", database, label, rate, merged.percentile(50),
        merged.percentile(95)));
  }

  /** Lifecycles per second over all measured rounds of a variant. */
  private static double rate(List<Measurement> list, String variant) {
    double lifecycles = list.stream().filter(m -> m.variant().equals(variant)).mapToInt(Measurement::lifecycles).sum();
    double seconds = list.stream().filter(m -> m.variant().equals(variant)).mapToDouble(Measurement::seconds).sum();
    return lifecycles / seconds;
  }

  private static void deleteRecursively(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
