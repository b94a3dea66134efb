package tw.dropout.casefile;

import org.springframework.stereotype.Component;

import tw.dropout.school.StaffRepository;

/** Looks up who is acting, by Camunda user id (= username). */
@Component
class Actors {

  private final StaffRepository staff;

  Actors(StaffRepository staff) {
    this.staff = staff;
  }

  Actor require(String username) {
    if (username == null) {
      throw CaseTexts.refusal("actor.unknown");
    }
    return staff.findByUsername(username).map(Actor::of).orElseThrow(() -> CaseTexts.refusal("actor.unknown"));
  }
}
