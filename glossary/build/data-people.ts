import type { Row } from "./dsl";

const SDG_NAMES: Array<[string, string, string, string]> = [
  ["No Poverty", "Pas de pauvreté", "无贫穷", "Szegénység felszámolása"],
  ["Zero Hunger", "Faim « zéro »", "零饥饿", "Éhezés megszüntetése"],
  ["Good Health and Well-being", "Bonne santé et bien-être", "良好健康与福祉", "Egészség és jóllét"],
  ["Quality Education", "Éducation de qualité", "优质教育", "Minőségi oktatás"],
  ["Gender Equality", "Égalité entre les sexes", "性别平等", "Nemek közötti egyenlőség"],
  ["Clean Water and Sanitation", "Eau propre et assainissement", "清洁饮水和卫生设施", "Tiszta víz és alapvető köztisztaság"],
  ["Affordable and Clean Energy", "Énergie propre et d'un coût abordable", "经济适用的清洁能源", "Megfizethető és tiszta energia"],
  ["Decent Work and Economic Growth", "Travail décent et croissance économique", "体面工作和经济增长", "Tisztességes munka és gazdasági növekedés"],
  ["Industry, Innovation and Infrastructure", "Industrie, innovation et infrastructure", "产业、创新和基础设施", "Ipar, innováció és infrastruktúra"],
  ["Reduced Inequalities", "Inégalités réduites", "减少不平等", "Egyenlőtlenségek csökkentése"],
  ["Sustainable Cities and Communities", "Villes et communautés durables", "可持续城市和社区", "Fenntartható városok és közösségek"],
  ["Responsible Consumption and Production", "Consommation et production responsables", "负责任消费和生产", "Felelős fogyasztás és termelés"],
  ["Climate Action", "Mesures relatives à la lutte contre les changements climatiques", "气候行动", "Éghajlatváltozás elleni intézkedések"],
  ["Life Below Water", "Vie aquatique", "水下生物", "Óceánok és tengerek védelme"],
  ["Life on Land", "Vie terrestre", "陆地生物", "Szárazföldi ökoszisztémák védelme"],
  ["Peace, Justice and Strong Institutions", "Paix, justice et institutions efficaces", "和平、正义与强大机构", "Béke, igazságosság és erős intézmények"],
  ["Partnerships for the Goals", "Partenariats pour la réalisation des objectifs", "促进目标实现的伙伴关系", "Partnerség a célok eléréséért"],
];

/** The 17 Sustainable Development Goals; the Hungarian short names still need an official check. */
export const SDGS: Row[] = SDG_NAMES.map(([en, fr, zh, hu], i) => ({
  subject: "SDG",
  en: `${en} | SDG ${i + 1} #short`,
  fr: `${fr} | ODD ${i + 1} #short`,
  zh: `${zh} | 可持续发展目标${i + 1} #short`,
  hu: `${hu} ? | ${i + 1}. fenntartható fejlődési cél #short !adm`,
  note: `Sustainable Development Goal ${i + 1}.`,
}));

/** Titles and functions. */
export const TITLES: Row[] = [
  {
    subject: "titles and functions",
    en: "Secretary-General | secretary-general | general secretary !dep",
    fr: "secrétaire général @m | secrétaire générale @f !adm",
    zh: "秘书长",
    hu: "főtitkár",
    notes: { en: "Capitalised before a name: Secretary-General Soós." },
  },
  { subject: "titles and functions", en: "executive director", fr: "directeur exécutif @m | directrice exécutive @f !adm", zh: "执行主任 | 执行董事 !dep", hu: "ügyvezető igazgató", notes: { zh: "“执行董事”指公司董事会成员，不用于国际机构的执行主任。" } },
  { subject: "titles and functions", en: "Director-General", fr: "directeur général @m | directrice générale @f !adm", zh: "总干事", hu: "főigazgató" },
  { subject: "titles and functions", en: "Assistant Director-General | ADG #acr", fr: "sous-directeur général @m | sous-directrice générale @f !adm", zh: "助理总干事", hu: "főigazgató-helyettes ?" },
  { subject: "titles and functions", en: "deputy director", fr: "directeur adjoint @m | directrice adjointe @f !adm", zh: "副主任", hu: "igazgatóhelyettes" },
  { subject: "titles and functions", en: "ambassador", fr: "ambassadeur @m | ambassadrice @f !adm", zh: "大使", hu: "nagykövet" },
  { subject: "titles and functions", en: "permanent delegate", fr: "délégué permanent @m | déléguée permanente @f !adm", zh: "常驻代表", hu: "állandó képviselő" },
  { subject: "titles and functions", en: "minister", fr: "ministre @m", zh: "部长", hu: "miniszter" },
  { subject: "titles and functions", en: "chairperson | chair", fr: "président @m | présidente @f !adm", zh: "主席", hu: "elnök" },
  { subject: "titles and functions", en: "expert", fr: "expert @m | experte @f !adm", zh: "专家", hu: "szakértő" },
];

/** Member states, ministries and places of the newsroom's coverage. */
export const STATES: Row[] = [
  { subject: "states and ministries", en: "Hungary #pn", fr: "Hongrie #pn @f", zh: "匈牙利 #pn", hu: "Magyarország #pn" },
  { subject: "states and ministries", en: "China #pn | People's Republic of China #pn", fr: "Chine #pn @f | République populaire de Chine #pn", zh: "中国 #pn | 中华人民共和国 #pn", hu: "Kína #pn | Kínai Népköztársaság #pn" },
  { subject: "states and ministries", en: "France #pn", fr: "France #pn @f", zh: "法国 #pn", hu: "Franciaország #pn" },
  {
    subject: "states and ministries",
    en: "Ministry of Culture and Innovation #pn | Hungarian Ministry of Culture and Innovation #pn",
    fr: "Ministère de la Culture et de l'Innovation #pn | Ministère hongrois de la Culture et de l'Innovation #pn",
    zh: "文化与创新部 #pn | 匈牙利文化与创新部 #pn",
    hu: "Kulturális és Innovációs Minisztérium #pn | KIM #acr",
    note: "The Hungarian ministry in charge of culture and innovation since 2022.",
  },
  { subject: "states and ministries", en: "Ministry of Foreign Affairs and Trade #pn", fr: "Ministère des Affaires étrangères et du Commerce #pn", zh: "外交与对外经济部 #pn ?", hu: "Külgazdasági és Külügyminisztérium #pn | KKM #acr" },
  { subject: "states and ministries", en: "Ministry of Education of the People's Republic of China #pn", fr: "Ministère de l'Éducation de la République populaire de Chine #pn", zh: "中华人民共和国教育部 #pn | 教育部 #short", hu: "a Kínai Népköztársaság Oktatási Minisztériuma #pn ?" },
  { subject: "places", en: "Beijing #pn", fr: "Pékin #pn | Beijing #pn !adm", zh: "北京 #pn", hu: "Peking #pn" },
  { subject: "places", en: "Budapest #pn", fr: "Budapest #pn", zh: "布达佩斯 #pn", hu: "Budapest #pn" },
  { subject: "places", en: "Paris #pn", fr: "Paris #pn", zh: "巴黎 #pn", hu: "Párizs #pn" },
  { subject: "places", en: "Wangfujing #pn", fr: "Wangfujing #pn", zh: "王府井 #pn", hu: "Wangfujing #pn", def: "A shopping street and district in central Beijing." },
  {
    subject: "places",
    en: "Wangfujing Department Store #pn",
    fr: "grand magasin Wangfujing #pn",
    zh: "王府井百货大楼 #pn | 王府井百货 #pn !adm",
    hu: "Wangfujing áruház #pn ?",
  },
  { subject: "proper names", en: "BOE iGallery #pn", fr: "BOE iGallery #pn", zh: "BOE iGallery #pn ?", hu: "BOE iGallery #pn", note: "A digital art centre of the BOE group in Wangfujing, Beijing; its Chinese name needs checking." },
  { subject: "proper names", en: "BOE #pn", fr: "BOE #pn", zh: "京东方 #pn | BOE #pn !adm", hu: "BOE #pn" },
  {
    subject: "proper names",
    en: "Gábor Soós #pn",
    fr: "Gábor Soós #pn",
    zh: "索什·加博尔 #pn ?",
    hu: "Soós Gábor #pn | Gábor Soós #pn !dep",
    notes: { hu: "Magyar szövegben a családnév áll elöl: Soós Gábor." },
    note: "Secretary-General of the Hungarian National Commission for UNESCO.",
  },
  { subject: "proper names", en: "Xiao Lan #pn", fr: "Xiao Lan #pn", zh: "Xiao Lan #pn ?", hu: "Xiao Lan #pn", note: "Executive Director of the ICCSD. The Chinese characters of the name need checking." },
];
