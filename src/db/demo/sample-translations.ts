/**
 * Demo translations of the sample article (src/db/demo/sample-article.fr.txt): a machine draft
 * for every segment (with the flaws MT really has: literal phrasing, deprecated terms, Western
 * name order in Hungarian) and a post-edited human version for most of them.
 *
 * The French source keeps its real typo "magaisn"; the translations render "magasin".
 * Xiao Lan's name stays in Latin script in Chinese: the source gives no characters.
 */
export type DemoStatus = "translated" | "reviewed" | "final";
export type DemoTranslation = { mt: string; human?: { text: string; status: DemoStatus } };
export type DemoSegment = { fr: string; en: DemoTranslation; zh: DemoTranslation; hu: DemoTranslation };

const h = (text: string, status: DemoStatus) => ({ text, status });

export const DEMO_ARTICLE_TITLE =
  "Le secrétaire général de la Commission nationale hongroise pour l'UNESCO en visite au Centre international pour la créativité et le développement durable";

export const DEMO_TITLE_TRANSLATIONS: Omit<DemoSegment, "fr"> = {
  en: {
    mt: "The general secretary of the Hungarian National Commission for UNESCO in visit at the International Center for Creativity and Sustainable Development",
    human: h("Secretary-General of the Hungarian National Commission for UNESCO visits the International Centre for Creativity and Sustainable Development", "final"),
  },
  zh: {
    mt: "匈牙利联合国教科文组织国家委员会秘书长访问国际创造力和可持续发展中心",
    human: h("匈牙利联合国教科文组织全国委员会秘书长访问国际创意与可持续发展中心", "translated"),
  },
  hu: {
    mt: "A Magyar Nemzeti UNESCO Bizottság főtitkára látogatáson a Kreativitás és Fenntartható Fejlesztés Nemzetközi Központjában",
    human: h("A Magyar UNESCO Bizottság főtitkára a Kreativitás és Fenntartható Fejlődés Nemzetközi Központjába látogatott", "final"),
  },
};

export const DEMO_SEGMENTS: DemoSegment[] = [
  {
    fr: "Le 21 octobre, Gábor Soós, secrétaire général de la Commission nationale hongroise pour l'UNESCO au sein du Ministère hongrois de la Culture et de l'Innovation, accompagné de son épouse, a effectué une visite au Centre international pour la créativité et le développement durable de l'UNESCO.",
    en: {
      mt: "On October 21, Gábor Soós, general secretary of the Hungarian National Commission for UNESCO within the Hungarian Ministry of Culture and Innovation, accompanied by his wife, carried out a visit to the International Center for Creativity and Sustainable Development of UNESCO.",
      human: h("On 21 October, Gábor Soós, Secretary-General of the Hungarian National Commission for UNESCO within the Hungarian Ministry of Culture and Innovation, accompanied by his wife, visited the UNESCO International Centre for Creativity and Sustainable Development.", "final"),
    },
    zh: {
      mt: "10月21日，匈牙利文化和创新部内的匈牙利联合国教科文组织国家委员会秘书长加博尔·索什在其妻子的陪同下，对联合国教科文组织国际创造力和可持续发展中心进行了访问。",
      human: h("10月21日，匈牙利文化与创新部下属的匈牙利联合国教科文组织全国委员会秘书长索什·加博尔在夫人陪同下访问了联合国教科文组织国际创意与可持续发展中心。", "reviewed"),
    },
    hu: {
      mt: "Október 21-én Gábor Soós, a Magyar Nemzeti UNESCO Bizottság főtitkára a Magyar Kulturális és Innovációs Minisztériumon belül, feleségével kísérve, látogatást tett az UNESCO Kreativitás és Fenntartható Fejlesztés Nemzetközi Központjában.",
      human: h("Október 21-én Soós Gábor, a Kulturális és Innovációs Minisztérium keretében működő Magyar UNESCO Bizottság főtitkára feleségével együtt látogatást tett az UNESCO Kreativitás és Fenntartható Fejlődés Nemzetközi Központjában.", "final"),
    },
  },
  {
    fr: "Les deux parties ont engagé des échanges approfondis sur l'intégration de la culture et de la technologie ainsi que sur le développement durable.",
    en: {
      mt: "The two parties engaged in in-depth exchanges on the integration of culture and technology as well as on sustainable development.",
      human: h("The two sides held in-depth discussions on the integration of culture and technology and on sustainable development.", "reviewed"),
    },
    zh: {
      mt: "双方就文化和技术的整合以及可持续发展进行了深入的交流。",
      human: h("双方就文化与科技融合以及可持续发展进行了深入交流。", "translated"),
    },
    hu: {
      mt: "A két fél mélyreható cseréket folytatott a kultúra és a technológia integrációjáról, valamint a fenntartható fejlesztésről.",
      human: h("A két fél elmélyült eszmecserét folytatott a kultúra és a technológia integrációjáról, valamint a fenntartható fejlődésről.", "final"),
    },
  },
  {
    fr: "Réunion en cours",
    en: { mt: "Meeting in progress", human: h("Meeting in progress", "final") },
    zh: { mt: "正在进行的会议", human: h("会谈现场", "translated") },
    hu: { mt: "Folyamatban lévő találkozó", human: h("Megbeszélés közben", "reviewed") },
  },
  {
    fr: "Le directeur exécutif Xiao Lan a présenté les réalisations du Centre dans les domaines de la recherche, de la diffusion, du renforcement des capacités et de la coopération internationale.",
    en: {
      mt: "The executive director Xiao Lan presented the achievements of the Center in the fields of research, dissemination, capacity reinforcement and international cooperation.",
      human: h("Executive Director Xiao Lan presented the Centre's achievements in research, dissemination, capacity building and international cooperation.", "translated"),
    },
    zh: {
      mt: "执行董事Xiao Lan介绍了该中心在研究、传播、能力加强和国际合作领域的成就。",
      human: h("执行主任Xiao Lan介绍了中心在研究、传播、能力建设和国际合作等领域取得的成果。", "translated"),
    },
    hu: {
      mt: "Az ügyvezető igazgató Xiao Lan bemutatta a Központ eredményeit a kutatás, a terjesztés, a kapacitások megerősítése és a nemzetközi együttműködés területén.",
      human: h("Xiao Lan ügyvezető igazgató bemutatta a Központ eredményeit a kutatás, az ismeretterjesztés, a kapacitásépítés és a nemzetközi együttműködés területén.", "reviewed"),
    },
  },
  {
    fr: "Le secrétaire général Soós a salué ces résultats et a souligné que la Chine et la Hongrie partageaient des visions similaires en matière de protection du patrimoine culturel et d'innovation au service du patrimoine culturel, ouvrant ainsi de vastes perspectives de coopération.",
    en: {
      mt: "The general secretary Soós welcomed these results and underlined that China and Hungary shared similar visions in terms of protection of cultural heritage and innovation at the service of cultural heritage, thus opening vast perspectives of cooperation.",
      human: h("Secretary-General Soós praised these results and stressed that China and Hungary share similar visions for the protection of cultural heritage and for innovation in the service of cultural heritage, opening up broad prospects for cooperation.", "reviewed"),
    },
    zh: {
      mt: "秘书长索什赞扬了这些成果，并强调中国和匈牙利在文化遗产保护和服务于文化遗产的创新方面有着相似的愿景，从而开辟了广阔的合作前景。",
      human: h("索什秘书长对上述成果表示赞赏，并强调中匈两国在文化遗产保护和以创新服务文化遗产方面理念相近，合作前景广阔。", "reviewed"),
    },
    hu: {
      mt: "Soós főtitkár üdvözölte ezeket az eredményeket, és kiemelte, hogy Kína és Magyarország hasonló víziókat osztanak a kulturális örökség védelme és a kulturális örökség szolgálatában álló innováció terén, így hatalmas együttműködési perspektívákat nyitva.",
      human: h("Soós főtitkár elismeréssel szólt az eredményekről, és hangsúlyozta, hogy Kína és Magyarország hasonlóan gondolkodik a kulturális örökség védelméről és a kulturális örökséget szolgáló innovációról, ami széles körű együttműködési lehetőségeket nyit meg.", "final"),
    },
  },
  {
    fr: 'Lors des discussions, le secrétaire général Soós a partagé les pratiques de la Hongrie en matière de développement de villes créatives, en particulier l\'initiative "SOPHIA – Villes berceau du Réseau des villes créatives de l\'UNESCO", qu\'il dirige.',
    en: {
      mt: 'During the discussions, the general secretary Soós shared the practices of Hungary in terms of development of creative cities, in particular the initiative "SOPHIA – Cradle cities of the Network of creative cities of UNESCO", which he directs.',
      human: h("During the discussions, Secretary-General Soós shared Hungary's experience in developing creative cities, in particular the “SOPHIA – Cradle Cities of the UNESCO Creative Cities Network” initiative, which he leads.", "translated"),
    },
    zh: {
      mt: '在讨论中，秘书长索什分享了匈牙利在创意城市发展方面的做法，特别是他领导的"SOPHIA – 联合国教科文组织创意城市网络的摇篮城市"倡议。',
      human: h("会谈中，索什秘书长分享了匈牙利在创意城市发展方面的实践，特别是由他牵头的“SOPHIA——联合国教科文组织创意城市网络摇篮城市”倡议。", "translated"),
    },
    hu: {
      mt: 'A megbeszélések során Soós főtitkár megosztotta Magyarország gyakorlatait a kreatív városok fejlesztése terén, különösen a "SOPHIA – Az UNESCO kreatív városok hálózatának bölcsővárosai" kezdeményezést, amelyet ő irányít.',
      human: h("A megbeszélések során Soós főtitkár ismertette a kreatív városok fejlesztésével kapcsolatos magyar gyakorlatot, különösen az általa vezetett „SOPHIA – az UNESCO Kreatív Városok Hálózatának bölcsővárosai” kezdeményezést.", "reviewed"),
    },
  },
  {
    fr: 'Cette initiative vise à guider les villes dans le développement de systèmes de jumeaux numériques augmentés par l\'intelligence artificielle, qui ne soient pas seulement des modèles technologiques, mais aussi des "champs de connaissances vivants" intégrant la mémoire culturelle locale, la sagesse communautaire et les rythmes écologiques.',
    en: {
      mt: 'This initiative aims to guide the cities in the development of systems of digital twins augmented by artificial intelligence, which are not only technological models, but also "living fields of knowledge" integrating the local cultural memory, the community wisdom and the ecological rhythms.',
      human: h("The initiative aims to guide cities in developing AI-enhanced digital twin systems that are not merely technological models but also “living fields of knowledge” integrating local cultural memory, community wisdom and ecological rhythms.", "reviewed"),
    },
    zh: {
      mt: '该倡议旨在指导城市开发由人工智能增强的数字双胞胎系统，这些系统不仅是技术模型，而且是整合当地文化记忆、社区智慧和生态节奏的"活的知识领域"。',
    },
    hu: {
      mt: 'Ez a kezdeményezés célja, hogy irányítsa a városokat a mesterséges intelligencia által kibővített digitális ikrek rendszereinek fejlesztésében, amelyek nem csak technológiai modellek, hanem "élő tudásmezők" is, amelyek integrálják a helyi kulturális emlékezetet, a közösségi bölcsességet és az ökológiai ritmusokat.',
      human: h("A kezdeményezés célja, hogy segítse a városokat a mesterséges intelligenciával támogatott digitális ikrek rendszereinek fejlesztésében, amelyek nem csupán technológiai modellek, hanem a helyi kulturális emlékezetet, a közösségi bölcsességet és az ökológiai ritmusokat egyesítő „élő tudásmezők” is.", "translated"),
    },
  },
  {
    fr: "Il a insisté sur le fait que cette approche transforme les connaissances traditionnelles des communautés en actifs numériques essentiels pour le développement durable, garantissant que l'innovation technologique s'enracine dans l'identité culturelle et favorise une intégration approfondie dans les domaines de l'éducation, de la culture et des sciences.",
    en: {
      mt: "He insisted on the fact that this approach transforms the traditional knowledge of the communities into digital assets essential for sustainable development, guaranteeing that technological innovation takes root in the cultural identity and favors a deepened integration in the fields of education, culture and sciences.",
    },
    zh: {
      mt: "他坚持认为，这种方法将社区的传统知识转化为对可持续发展至关重要的数字资产，保证技术创新扎根于文化身份，并促进教育、文化和科学领域的深入整合。",
      human: h("他强调，这一做法将社区的传统知识转化为促进可持续发展的关键数字资产，确保科技创新植根于文化认同，并推动教育、文化和科学领域的深度融合。", "translated"),
    },
    hu: {
      mt: "Kitartott amellett, hogy ez a megközelítés átalakítja a közösségek hagyományos tudását a fenntartható fejlesztéshez nélkülözhetetlen digitális eszközökké, garantálva, hogy a technológiai innováció gyökeret verjen a kulturális identitásban, és elősegítse az elmélyült integrációt az oktatás, a kultúra és a tudományok területén.",
      human: h("Hangsúlyozta, hogy ez a megközelítés a közösségek hagyományos tudását a fenntartható fejlődés szempontjából alapvető digitális vagyonná alakítja, biztosítva, hogy a technológiai innováció a kulturális identitásban gyökerezzen, és elősegítse az oktatás, a kultúra és a tudomány mély integrációját.", "reviewed"),
    },
  },
  {
    fr: "De plus, il a présenté une approche novatrice combinant la gestion de l'eau et l'intelligence artificielle, illustrant comment une perspective culturelle peut offrir de nouvelles solutions aux enjeux du développement durable.",
    en: {
      mt: "In addition, he presented an innovative approach combining the management of water and artificial intelligence, illustrating how a cultural perspective can offer new solutions to the stakes of sustainable development.",
      human: h("He also presented an innovative approach combining water management and artificial intelligence, showing how a cultural perspective can offer new solutions to sustainable development challenges.", "translated"),
    },
    zh: {
      mt: "此外，他提出了一种结合水管理和人工智能的新颖方法，说明了文化视角如何为可持续发展问题提供新的解决方案。",
    },
    hu: {
      mt: "Továbbá bemutatott egy újszerű megközelítést, amely ötvözi a vízkezelést és a mesterséges intelligenciát, szemléltetve, hogy egy kulturális perspektíva hogyan kínálhat új megoldásokat a fenntartható fejlesztés kihívásaira.",
      human: h("Emellett bemutatott egy, a vízgazdálkodást és a mesterséges intelligenciát ötvöző innovatív megközelítést, amely szemlélteti, hogyan kínálhat a kulturális nézőpont új megoldásokat a fenntartható fejlődés kihívásaira.", "translated"),
    },
  },
  {
    fr: "Sur la base des consensus dégagés, les deux parties collaboreront davantage à l'avenir pour promouvoir des pratiques innovantes intégrant culture et technologie.",
    en: {
      mt: "On the basis of the consensus reached, the two parties will collaborate more in the future to promote innovative practices integrating culture and technology.",
    },
    zh: {
      mt: "在达成共识的基础上，双方今后将进一步合作，促进融合文化与技术的创新实践。",
      human: h("基于已达成的共识，双方今后将进一步加强合作，共同推动文化与科技融合的创新实践。", "translated"),
    },
    hu: {
      mt: "A kialakult konszenzus alapján a két fél a jövőben tovább fog együttműködni a kultúrát és technológiát integráló innovatív gyakorlatok előmozdítása érdekében.",
      human: h("Az elért konszenzus alapján a két fél a jövőben szorosabban együttműködik a kultúrát és a technológiát ötvöző innovatív gyakorlatok előmozdításában.", "final"),
    },
  },
  {
    fr: "Photo de groupe des participants",
    en: { mt: "Group photo of participants", human: h("Group photo of the participants", "final") },
    zh: { mt: "参与者的团体照片", human: h("与会人员合影", "reviewed") },
    hu: { mt: "A résztvevők csoportképe", human: h("Csoportkép a résztvevőkről", "final") },
  },
  {
    fr: "Le matin même, le personnel du Centre a accompagné le secrétaire général Soós lors d'une visite du centre d'art numérique BOE iGallery situé dans le grand magaisn Wangfujing, où ils ont pu apprécier la culture traditionnelle dynamique et les technologies modernes ingénieuses.",
    en: {
      mt: "The same morning, the staff of the Center accompanied the general secretary Soós during a visit of the digital art center BOE iGallery located in the big store Wangfujing, where they could appreciate the dynamic traditional culture and the ingenious modern technologies.",
      human: h("That same morning, Centre staff accompanied Secretary-General Soós on a visit to the BOE iGallery digital art centre in the Wangfujing Department Store, where they enjoyed vibrant traditional culture and ingenious modern technologies.", "translated"),
    },
    zh: {
      mt: "同一天早上，中心工作人员陪同秘书长索什参观了位于王府井大商店的BOE iGallery数字艺术中心，在那里他们欣赏了充满活力的传统文化和巧妙的现代技术。",
    },
    hu: {
      mt: "Ugyanazon a reggelen a Központ személyzete elkísérte Soós főtitkárt a Wangfujing nagy áruházban található BOE iGallery digitális művészeti központ látogatására, ahol értékelhették a dinamikus hagyományos kultúrát és az ötletes modern technológiákat.",
    },
  },
  {
    fr: "Le secrétaire général Soós expérimentant l'art numérique interactif au centre d'art numérique BOE iGallery",
    en: { mt: "The general secretary Soós experimenting the interactive digital art at the digital art center BOE iGallery" },
    zh: { mt: "秘书长索什在BOE iGallery数字艺术中心体验互动数字艺术", human: h("索什秘书长在BOE iGallery数字艺术中心体验互动数字艺术", "translated") },
    hu: {
      mt: "Soós főtitkár kísérletezik az interaktív digitális művészettel a BOE iGallery digitális művészeti központban",
      human: h("Soós főtitkár interaktív digitális művészetet próbál ki a BOE iGallery digitális művészeti központban", "reviewed"),
    },
  },
];
