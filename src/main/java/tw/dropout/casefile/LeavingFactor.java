package tw.dropout.casefile;

/**
 * 離校因素 (SPEC §6, the MOE dropout statistics list plus the manual's items). The code is what forms
 * submit and the database stores; the ones ending in 99 are a category's 「其他」 and take a free text.
 */
public enum LeavingFactor implements Labelled {
  P01(FactorCategory.PERSONAL, "肢體殘障或重大疾病"),
  P02(FactorCategory.PERSONAL, "觸犯刑罰法律"),
  P03(FactorCategory.PERSONAL, "智能不足"),
  P04(FactorCategory.PERSONAL, "遭受性侵害"),
  P05(FactorCategory.PERSONAL, "精神或心理疾病"),
  P06(FactorCategory.PERSONAL, "從事性交易"),
  P07(FactorCategory.PERSONAL, "懷孕生子或結婚"),
  P08(FactorCategory.PERSONAL, "生活作息"),
  P99(FactorCategory.PERSONAL, "其他個人因素"),
  F01(FactorCategory.FAMILY, "父(母)或監護人去世"),
  F02(FactorCategory.FAMILY, "父(母)或監護人失蹤"),
  F03(FactorCategory.FAMILY, "父(母)或監護人重殘或疾病"),
  F04(FactorCategory.FAMILY, "父(母)或監護人離婚或分居"),
  F05(FactorCategory.FAMILY, "父(母)或監護人管教失當"),
  F06(FactorCategory.FAMILY, "父(母)或監護人虐待或傷害"),
  F07(FactorCategory.FAMILY, "受父(母)或監護人職業或不良生活習性影響"),
  F08(FactorCategory.FAMILY, "親屬失和"),
  F09(FactorCategory.FAMILY, "須照顧家人"),
  F10(FactorCategory.FAMILY, "居家交通不便"),
  F11(FactorCategory.FAMILY, "經濟因素"),
  F99(FactorCategory.FAMILY, "其他家庭因素"),
  S01(FactorCategory.SCHOOL, "對學校生活不感興趣"),
  S02(FactorCategory.SCHOOL, "不適應學校課程"),
  S03(FactorCategory.SCHOOL, "考試壓力過重"),
  S04(FactorCategory.SCHOOL, "師生關係不佳"),
  S05(FactorCategory.SCHOOL, "教師管教不當"),
  S06(FactorCategory.SCHOOL, "與同儕關係不佳"),
  S07(FactorCategory.SCHOOL, "受同學欺壓不敢上學"),
  S08(FactorCategory.SCHOOL, "觸犯校規"),
  S09(FactorCategory.SCHOOL, "缺曠課太多"),
  S99(FactorCategory.SCHOOL, "學校因素-其他"),
  C01(FactorCategory.SOCIAL, "受校外朋友影響"),
  C02(FactorCategory.SOCIAL, "加入幫派或不良青少年組織"),
  C03(FactorCategory.SOCIAL, "流連不當娛樂場所"),
  C04(FactorCategory.SOCIAL, "受已輟學同學影響"),
  C05(FactorCategory.SOCIAL, "流連或沉迷網咖"),
  C99(FactorCategory.SOCIAL, "社會因素-其他"),
  O01(FactorCategory.OTHER, "離境（移民、旅遊、遊學）"),
  O02(FactorCategory.OTHER, "不明原因之失蹤或出走"),
  O99(FactorCategory.OTHER, "其他因素-其他");

  private final FactorCategory category;
  private final String label;

  LeavingFactor(FactorCategory category, String label) {
    this.category = category;
    this.label = label;
  }

  public FactorCategory category() {
    return category;
  }

  @Override
  public String label() {
    return label;
  }

  /** The category's 「其他」 item, which needs an explanation. */
  public boolean isOther() {
    return name().endsWith("99");
  }
}
