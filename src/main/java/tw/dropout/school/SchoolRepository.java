package tw.dropout.school;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SchoolRepository {

  private final JdbcClient jdbc;

  SchoolRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<School> findByCode(String code) {
    return jdbc.sql("select code, name, county from school where code = ?")
        .param(code).query(School.class).optional();
  }

  public List<School> findAll() {
    return jdbc.sql("select code, name, county from school order by county, code").query(School.class).list();
  }

  public List<School> findByCounty(String county) {
    return jdbc.sql("select code, name, county from school where county = ? order by code")
        .param(county).query(School.class).list();
  }

  void insert(School school) {
    jdbc.sql("insert into school (code, name, county) values (?, ?, ?)")
        .params(school.code(), school.name(), school.county()).update();
  }
}
