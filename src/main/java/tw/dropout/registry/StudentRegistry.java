package tw.dropout.registry;

import java.util.Optional;

/**
 * The 學籍 registry cross-check (學籍資料勾稽). One bean of this type exists: the embedded table or the
 * HTTP registry, chosen by {@code dropout.registry.mode}.
 */
public interface StudentRegistry {

  /**
   * The student enrolled under this national ID, or empty when the registry does not know them.
   * The ID is normalised first (trim, upper case), so user input may be passed as typed.
   *
   * @throws RegistryUnavailableException when the registry is slow, failing or answers nonsense; its
   *     message is zh-TW and can be shown to the user as it is
   */
  Optional<RegistryStudent> find(String nationalId);
}
