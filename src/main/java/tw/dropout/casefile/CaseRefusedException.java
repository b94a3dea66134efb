package tw.dropout.casefile;

import tw.dropout.system.SubmissionRefusedException;

/** A filing, case form or case action was refused (see {@link SubmissionRefusedException}). */
public class CaseRefusedException extends SubmissionRefusedException {

  public CaseRefusedException(String message) {
    super(message);
  }
}
