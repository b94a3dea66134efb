package tw.dropout.casefile;

/** A code list entry: its code (enum name) is stored and submitted by forms, its zh-TW label is shown. */
public interface Labelled {

  String name();

  String label();
}
