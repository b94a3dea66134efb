package tw.dropout.school;

/** A senior high school. Its code is also its Camunda tenant id. */
public record School(String code, String name, String county) {
}
