"""The curated queries in the reader's language: titles, descriptions, parameter and column names
for the HTML catalogue (``/api/queries``), each query's table and form, and the editor's examples.

English is the queries' own text (``queries/*.rq``, which stays the one source of what a query
does); French and Arabic are here, by query name, like the other pages' strings (``pages.UI``).
Whatever is missing falls back to English, and a test lists what is missing, so a new query or
parameter is translated when it is added. The JSON catalogue and the OpenAPI document stay English:
they are for programs.
"""

from __future__ import annotations

from typing import Any

from kg.query.catalogue import CannedQuery

# The catalogue page's own words.
UI = {
    "en": {"heading": "Curated queries", "lead": "Each query answers as a table here, and as JSON or CSV for "
           "programs.", "api_docs": "API documentation", "editor": "SPARQL editor", "required": "required",
           "catalogue": "Curated queries", "open_editor": "Open in the SPARQL editor",
           "picker": "Type a name, or give a slug (country/morocco) or an IRI"},
    "fr": {"heading": "Requêtes préparées", "lead": "Chaque requête répond ici par un tableau, et en JSON ou en "
           "CSV pour les programmes.", "api_docs": "Documentation de l'API", "editor": "Éditeur SPARQL",
           "required": "obligatoire", "catalogue": "Requêtes préparées", "open_editor": "Ouvrir dans l'éditeur SPARQL",
           "picker": "Tapez un nom, ou donnez un identifiant court (country/morocco) ou un IRI"},
    "ar": {"heading": "الاستعلامات الجاهزة", "lead": "يجيب كل استعلام هنا بجدول، وبصيغة JSON أو CSV للبرامج.",
           "api_docs": "توثيق الواجهة البرمجية", "editor": "محرر SPARQL", "required": "مطلوب",
           "catalogue": "الاستعلامات الجاهزة", "open_editor": "فتحه في محرر SPARQL",
           "picker": "اكتب اسمًا، أو أعطِ معرّفًا مختصرًا (country/morocco) أو IRI"},
}

# Parameter and column names as headings: (English, French, Arabic).
NAMES: dict[str, tuple[str, str, str]] = {
    "actor": ("Actor", "Acteur", "الفاعل"),
    "agreement": ("Agreement", "Accord", "الاتفاقية"),
    "agreements": ("Agreements", "Accords", "الاتفاقيات"),
    "amount": ("Amount", "Montant", "المبلغ"),
    "attested": ("Attested on", "Attesté le", "تاريخ الإثبات"),
    "category": ("Category", "Catégorie", "الفئة"),
    "chair": ("Chair", "Présidence", "الرئاسة"),
    "countries": ("Countries", "Pays", "البلدان"),
    "country": ("Country", "Pays", "البلد"),
    "currency": ("Currency", "Devise", "العملة"),
    "date": ("Date", "Date", "التاريخ"),
    "direction": ("Direction", "Sens", "الاتجاه"),
    "edition": ("Edition", "Édition", "الدورة"),
    "end": ("End", "Fin", "النهاية"),
    "entities": ("Entities", "Entités", "الكيانات"),
    "event": ("Event", "Événement", "الفعالية"),
    "events": ("Events", "Événements", "الفعاليات"),
    "fact": ("Fact", "Fait", "الواقعة"),
    "funder": ("Funder", "Bailleur", "الممول"),
    "funders": ("Funders", "Bailleurs", "الممولون"),
    "funding": ("Funding ties", "Financements", "روابط التمويل"),
    "holding": ("Post holding", "Fonction occupée", "شغل المنصب"),
    "host": ("Host", "Hôte", "الجهة المضيفة"),
    "implementers": ("Implementers", "Opérateurs", "الجهات المنفذة"),
    "involvements": ("Involvements", "Implications", "المشاركات"),
    "iso": ("ISO code", "Code ISO", "رمز ISO"),
    "item": ("Funded item", "Élément financé", "البند الممول"),
    "kind": ("Kind", "Type", "النوع"),
    "meeting": ("Meeting", "Réunion", "الاجتماع"),
    "member": ("Party or signatory", "Partie ou signataire", "الطرف أو الموقّع"),
    "organization": ("Organization", "Organisation", "المنظمة"),
    "organizations": ("Organizations", "Organisations", "المنظمات"),
    "other": ("Other end", "Autre extrémité", "الطرف الآخر"),
    "partners": ("Partners", "Partenaires", "الشركاء"),
    "party": ("Party", "Partie", "الطرف"),
    "people": ("People", "Personnes", "الأشخاص"),
    "person": ("Person", "Personne", "الشخص"),
    "place": ("Place", "Lieu", "المكان"),
    "places": ("Places", "Lieux", "الأماكن"),
    "post": ("Post", "Fonction", "المنصب"),
    "programme": ("Programme", "Programme", "البرنامج"),
    "programmes": ("Programmes", "Programmes", "البرامج"),
    "property": ("Property", "Propriété", "الخاصية"),
    "q": ("Search", "Recherche", "البحث"),
    "quote": ("Quote", "Citation", "الاقتباس"),
    "quotes": ("Quotes", "Citations", "الاقتباسات"),
    "rank": ("Rank", "Rang", "الرتبة"),
    "relation": ("Relation", "Relation", "العلاقة"),
    "resource": ("Resource", "Ressource", "المورد"),
    "role": ("Role", "Rôle", "الدور"),
    "series": ("Series", "Série", "السلسلة"),
    "since": ("From year", "À partir de", "من سنة"),
    "source": ("Source", "Source", "المصدر"),
    "sources": ("Sources", "Sources", "المصادر"),
    "start": ("Start", "Début", "البداية"),
    "target": ("Target", "Cible", "الوجهة"),
    "theme": ("Theme", "Thème", "الموضوع"),
    "thing": ("Dated item", "Élément daté", "العنصر المؤرخ"),
    "tie": ("Funding tie", "Financement", "رابط التمويل"),
    "ties": ("Funding ties", "Financements", "روابط التمويل"),
    "title": ("Title", "Intitulé", "المسمى"),
    "total": ("Total", "Total", "المجموع"),
    "type": ("Type", "Type", "النوع"),
    "until": ("Until year", "Jusqu'à", "إلى سنة"),
    "year": ("Year", "Année", "السنة"),
}
_COLUMN = {"en": 0, "fr": 1, "ar": 2}

# Each query's title, description and parameter descriptions, in French and Arabic.
QUERIES: dict[str, dict[str, dict[str, Any]]] = {
    "actors": {
        "fr": {"title": "Acteurs par type et par pays",
               "description": "Les organisations, gouvernements et pays du graphe avec leur type le plus précis, leur "
                              "pays lorsqu'il est indiqué, et le nombre de programmes, d'accords et d'événements "
                              "auxquels ils prennent part. Filtrer par type (sous-classes comprises) et par pays.",
               "parameters": {"kind": "Seulement les acteurs de ce type, sous-classes comprises (GovernmentBody "
                                      "comprend les ministères).",
                              "country": "Seulement les acteurs de ce pays."}},
        "ar": {"title": "الفاعلون حسب النوع والبلد",
               "description": "المنظمات والحكومات والبلدان في المخطط مع أدق نوع لكل منها، وبلدها حيث يُذكر، وعدد "
                              "البرامج والاتفاقيات والفعاليات التي تشارك فيها. يمكن التصفية حسب النوع (بما فيه "
                              "الأنواع الفرعية) وحسب البلد.",
               "parameters": {"kind": "الفاعلون من هذا النوع فقط، بما فيه أنواعه الفرعية (GovernmentBody يشمل "
                                      "الوزارات).",
                              "country": "الفاعلون من هذا البلد فقط."}},
    },
    "agreements": {
        "fr": {"title": "Accords, parties et signataires",
               "description": "Accords, partenariats et pactes avec chaque partie ou signataire et la date de "
                              "signature, d'adoption ou d'entrée en vigueur. Filtrer par partie, lieu, thème et "
                              "période.",
               "parameters": {"party": "Seulement les accords auxquels ce pays ou cette organisation est partie.",
                              "place": "Seulement les accords auxquels ce pays, cette région ou cette zone (ou un "
                                       "lieu qui s'y trouve) est partie, ou qui y sont conclus.",
                              "theme": "Seulement les accords sur ce thème.",
                              "since": "Seulement les accords datés de cette année ou après.",
                              "until": "Seulement les accords datés de cette année ou avant."}},
        "ar": {"title": "الاتفاقيات وأطرافها والموقّعون عليها",
               "description": "الاتفاقيات والشراكات والمواثيق مع كل طرف أو موقّع، وتاريخ توقيع الاتفاقية أو "
                              "اعتمادها أو دخولها حيز النفاذ. يمكن التصفية حسب الطرف والمكان والموضوع ومدى من "
                              "السنوات.",
               "parameters": {"party": "الاتفاقيات التي يكون هذا البلد أو هذه المنظمة طرفا فيها فقط.",
                              "place": "الاتفاقيات التي يكون هذا البلد أو الإقليم أو المنطقة (أو مكان داخله) طرفا "
                                       "فيها، أو التي تُعقد فيه، فقط.",
                              "theme": "الاتفاقيات المتعلقة بهذا الموضوع فقط.",
                              "since": "الاتفاقيات المؤرخة في هذه السنة أو بعدها فقط.",
                              "until": "الاتفاقيات المؤرخة في هذه السنة أو قبلها فقط."}},
    },
    "entities-per-type": {
        "fr": {"title": "Entités par type",
               "description": "Combien d'organisations, de programmes, d'événements, de lieux… le graphe contient, "
                              "par leur type le plus précis tel que saisi."},
        "ar": {"title": "الكيانات حسب النوع",
               "description": "عدد المنظمات والبرامج والفعاليات والأماكن… في المخطط، حسب أدق نوع مسجّل لكل منها."},
    },
    "events": {
        "fr": {"title": "Événements et réunions",
               "description": "Forums, sommets, dialogues, séminaires et ateliers avec leurs dates, lieu, hôte et "
                              "organisateurs, et la série à laquelle ils appartiennent (les éditions du FMMD, les "
                              "sessions de l'Assemblée générale des Nations unies…). Filtrer par période, hôte, lieu "
                              "ou série.",
               "parameters": {"since": "Seulement les événements de cette année ou après.",
                              "until": "Seulement les événements de cette année ou avant.",
                              "host": "Seulement les événements accueillis par ce pays ou cette organisation.",
                              "place": "Seulement les événements tenus en ce lieu, ou en un lieu qui s'y trouve (une "
                                       "ville du pays).",
                              "series": "Seulement les éditions de cette série ou de cet organe."}},
        "ar": {"title": "الفعاليات والاجتماعات",
               "description": "المنتديات والقمم والحوارات والندوات وورشات العمل مع تواريخها ومكانها والجهة المضيفة "
                              "والمنظمين، والسلسلة التي تنتمي إليها (دورات المنتدى العالمي للهجرة والتنمية، ودورات "
                              "الجمعية العامة للأمم المتحدة…). يمكن التصفية حسب الفترة والجهة المضيفة والمكان "
                              "والسلسلة.",
               "parameters": {"since": "الفعاليات في هذه السنة أو بعدها فقط.",
                              "until": "الفعاليات في هذه السنة أو قبلها فقط.",
                              "host": "الفعاليات التي استضافها هذا البلد أو هذه المنظمة فقط.",
                              "place": "الفعاليات المنعقدة في هذا المكان، أو في مكان داخله (مدينة من مدن البلد)، "
                                       "فقط.",
                              "series": "دورات هذه السلسلة أو هذه الهيئة فقط."}},
    },
    "evidence": {
        "fr": {"title": "Les phrases derrière une entité",
               "description": "Chaque citation qui appuie un fait sur une ressource, le sien ou celui d'un "
                              "financement, d'une participation ou d'une fonction auxquels elle prend part, avec le "
                              "document source et la position de la citation, en caractères.",
               "parameters": {"resource": "La ressource dont lister les preuves."}},
        "ar": {"title": "الجمل التي تستند إليها معلومات كيان",
               "description": "كل اقتباس يدعم واقعة عن مورد، سواء كانت واقعته هو أو واقعة تمويل أو مشاركة أو منصب "
                              "يكون طرفا فيها، مع الوثيقة المصدرية وموضع الاقتباس فيها بالمحارف.",
               "parameters": {"resource": "المورد المطلوب سرد أدلته."}},
    },
    "funding-network": {
        "fr": {"title": "Le réseau des financements",
               "description": "Les arêtes de qui finance quoi et qui le met en œuvre : bailleur → élément financé "
                              "(finance), élément financé → opérateur (met en œuvre) et élément financé → partenaire "
                              "(partenaire). Filtrer par bailleur, lieu, thème et période : les filtres choisissent "
                              "les éléments financés, et chacun apporte ses opérateurs et partenaires.",
               "parameters": {"funder": "Seulement ce que finance cette organisation.",
                              "place": "Seulement les éléments qui visent ou concernent ce pays, cette région ou "
                                       "cette zone, ou un lieu qui s'y trouve.",
                              "theme": "Seulement les éléments sur ce thème.",
                              "since": "Seulement les éléments en cours cette année ou après (les éléments sans date "
                                       "sont écartés quand une période est donnée).",
                              "until": "Seulement les éléments en cours cette année ou avant."}},
        "ar": {"title": "شبكة التمويل",
               "description": "روابط من يموّل ماذا ومن ينفّذه: الممول ← البند الممول (يموّل)، البند الممول ← الجهة "
                              "المنفذة (ينفّذ)، البند الممول ← الشريك (شريك). يمكن التصفية حسب الممول والمكان "
                              "والموضوع والفترة: المرشحات تختار البنود الممولة، ويأتي كل بند بجهاته المنفذة وشركائه.",
               "parameters": {"funder": "ما تموّله هذه المنظمة فقط.",
                              "place": "البنود التي تستهدف هذا البلد أو الإقليم أو المنطقة، أو مكانا داخله، أو "
                                       "تتعلق به، فقط.",
                              "theme": "البنود المتعلقة بهذا الموضوع فقط.",
                              "since": "البنود الجارية في هذه السنة أو بعدها فقط (تُستبعد البنود غير المؤرخة عند "
                                       "تحديد فترة).",
                              "until": "البنود الجارية في هذه السنة أو قبلها فقط."}},
    },
    "funding-ties": {
        "fr": {"title": "Financements",
               "description": "Qui finance quoi (un programme, un projet, un fonds, un domaine), avec le montant et "
                              "la devise lorsque la source les indique. Filtrer par bailleur, par ce qui est financé "
                              "et (comme le réseau des financements) par le lieu, le thème et la période de "
                              "l'élément financé.",
               "parameters": {"funder": "Seulement les financements de ce bailleur.",
                              "item": "Seulement les financements de ce programme, projet ou organe (le "
                                      "bénéficiaire).",
                              "place": "Seulement les financements d'éléments qui visent ou concernent ce pays, "
                                       "cette région ou cette zone, ou un lieu qui s'y trouve.",
                              "theme": "Seulement les financements d'éléments sur ce thème.",
                              "since": "Seulement les financements d'éléments en cours cette année ou après (les "
                                       "éléments sans date sont écartés quand une période est donnée).",
                              "until": "Seulement les financements d'éléments en cours cette année ou avant."}},
        "ar": {"title": "روابط التمويل",
               "description": "من يموّل ماذا (برنامجا أو مشروعا أو صندوقا أو مجالا)، مع المبلغ والعملة حيث يذكرهما "
                              "المصدر. يمكن التصفية حسب الممول وحسب ما يُموَّل، و(كما في شبكة التمويل) حسب مكان البند "
                              "الممول وموضوعه وفترته.",
               "parameters": {"funder": "روابط تمويل هذا الممول فقط.",
                              "item": "روابط تمويل هذا البرنامج أو المشروع أو الهيئة (الجهة المستفيدة) فقط.",
                              "place": "روابط تمويل البنود التي تستهدف هذا البلد أو الإقليم أو المنطقة، أو مكانا "
                                       "داخله، أو تتعلق به، فقط.",
                              "theme": "روابط تمويل البنود المتعلقة بهذا الموضوع فقط.",
                              "since": "روابط تمويل البنود الجارية في هذه السنة أو بعدها فقط (تُستبعد البنود غير "
                                       "المؤرخة عند تحديد فترة).",
                              "until": "روابط تمويل البنود الجارية في هذه السنة أو قبلها فقط."}},
    },
    "funding-totals": {
        "fr": {"title": "Totaux des financements par bailleur et par devise",
               "description": "Pour chaque bailleur, le nombre de financements et la somme des montants indiqués dans "
                              "chaque devise (des montants en devises différentes ne sont jamais additionnés). Un "
                              "financement sans montant indiqué compte comme financement, pas comme argent.",
               "parameters": {"funder": "Seulement ce bailleur."}},
        "ar": {"title": "مجاميع التمويل حسب الممول والعملة",
               "description": "لكل ممول، عدد روابط التمويل ومجموع المبالغ المذكورة بكل عملة (لا تُجمع مبالغ بعملات "
                              "مختلفة أبدا). ورابط التمويل الذي لا يُذكر مبلغه يُحسب رابطا لا مالا.",
               "parameters": {"funder": "هذا الممول فقط."}},
    },
    "gfmd-meetings": {
        "fr": {"title": "Réunions du FMMD",
               "description": "Les éditions du Forum mondial sur la migration et le développement, dans l'ordre, avec "
                              "leurs dates, lieux, hôtes et présidences."},
        "ar": {"title": "اجتماعات المنتدى العالمي للهجرة والتنمية",
               "description": "دورات المنتدى العالمي للهجرة والتنمية بالترتيب، مع تواريخها وأماكنها والجهات "
                              "المضيفة لها ورؤسائها."},
    },
    "headline-numbers": {
        "fr": {"title": "Chiffres clés",
               "description": "Les comptes par lesquels s'ouvre un tableau de bord, en une ligne : organisations, "
                              "programmes et projets, accords, événements, pays, financements, personnes, documents "
                              "sources et citations."},
        "ar": {"title": "الأرقام الرئيسية",
               "description": "الأعداد التي تبدأ بها لوحة المتابعة، في صف واحد: المنظمات، والبرامج والمشاريع، "
                              "والاتفاقيات، والفعاليات، والبلدان، وروابط التمويل، والأشخاص، والوثائق المصدرية، "
                              "والاقتباسات."},
    },
    "neighbourhood": {
        "fr": {"title": "Le voisinage d'un acteur",
               "description": "Chaque relation d'une ressource avec d'autres ressources nommées, sortante et entrante "
                              "(finance, met en œuvre, partenaire de, partie à, accueille, préside, membre de, partie "
                              "de…). Une relation entrante n'est listée que si elle n'a pas d'inverse, puisque son "
                              "inverse figure déjà parmi les sortantes.",
               "parameters": {"resource": "L'organisation, le pays, le programme ou l'événement."}},
        "ar": {"title": "محيط فاعل",
               "description": "كل علاقة لمورد واحد بموارد مسماة أخرى، صادرة وواردة (يموّل، ينفّذ، شريك في، طرف في، "
                              "يستضيف، يرأس، عضو في، جزء من…). لا تُسرد العلاقة الواردة إلا إذا لم يكن لها عكس، لأن "
                              "عكسها وارد أصلا بين العلاقات الصادرة.",
               "parameters": {"resource": "المنظمة أو البلد أو البرنامج أو الفعالية."}},
    },
    "people": {
        "fr": {"title": "Personnes et fonctions",
               "description": "Les personnes que nomment les sources, avec la fonction de chacune, dans quelle "
                              "organisation, l'intitulé tel que la source le formule et la date à laquelle la source "
                              "l'atteste.",
               "parameters": {"organization": "Seulement les personnes de cette organisation.",
                              "person": "Seulement cette personne."}},
        "ar": {"title": "الأشخاص ومناصبهم",
               "description": "الأشخاص الذين تذكرهم المصادر، مع المنصب الذي يشغله كل منهم وفي أي منظمة، والمسمى كما "
                              "يصوغه المصدر، والتاريخ الذي يثبت فيه المصدر ذلك.",
               "parameters": {"organization": "أشخاص هذه المنظمة فقط.", "person": "هذا الشخص فقط."}},
    },
    "places": {
        "fr": {"title": "Pays et régions concernés",
               "description": "Les lieux classés selon ce qui s'y passe ou les concerne – programmes qui les visent, "
                              "événements qui s'y tiennent ou qu'ils accueillent, accords auxquels ils sont parties – "
                              "avec leur code ISO 3166 lorsqu'ils en ont un.",
               "parameters": {"kind": "Seulement les lieux de ce type.",
                              "theme": "Ne compter que les programmes, événements et accords sur ce thème.",
                              "funder": "Ne compter que les programmes que finance cette organisation, et les "
                                        "événements et accords auxquels elle prend part.",
                              "since": "Ne compter que les programmes en cours, les événements tenus et les accords "
                                       "datés de cette année ou après (ceux sans date sont écartés quand une période "
                                       "est donnée).",
                              "until": "Ne compter que les programmes en cours, les événements tenus et les accords "
                                       "datés de cette année ou avant."}},
        "ar": {"title": "البلدان والأقاليم المعنية",
               "description": "الأماكن مرتبة حسب ما يجري فيها أو يتعلق بها – البرامج التي تستهدفها، والفعاليات "
                              "المنعقدة فيها أو التي تستضيفها، والاتفاقيات التي تكون طرفا فيها – مع رمز ISO 3166 حيث "
                              "يوجد.",
               "parameters": {"kind": "الأماكن من هذا النوع فقط.",
                              "theme": "احتساب البرامج والفعاليات والاتفاقيات المتعلقة بهذا الموضوع فقط.",
                              "funder": "احتساب البرامج التي تموّلها هذه المنظمة، والفعاليات والاتفاقيات التي تشارك "
                                        "فيها، فقط.",
                              "since": "احتساب البرامج الجارية والفعاليات المنعقدة والاتفاقيات المؤرخة في هذه السنة "
                                       "أو بعدها فقط (تُستبعد غير المؤرخة عند تحديد فترة).",
                              "until": "احتساب البرامج الجارية والفعاليات المنعقدة والاتفاقيات المؤرخة في هذه السنة "
                                       "أو قبلها فقط."}},
    },
    "programme-actors": {
        "fr": {"title": "Programmes et participants, par rôle",
               "description": "Chaque programme, projet ou composante avec les organisations et pays impliqués et le "
                              "rôle de chacun (bailleur, opérateur, partenaire, bénéficiaire, responsable…), d'après "
                              "les participations et financements que rapportent les sources.",
               "parameters": {"programme": "Seulement ce programme.",
                              "actor": "Seulement cette organisation ou ce pays.",
                              "role": "Seulement ce rôle."}},
        "ar": {"title": "البرامج والمشاركون فيها حسب الدور",
               "description": "كل برنامج أو مشروع أو مكوّن مع المنظمات والبلدان المعنية والدور الذي يؤديه كل منها "
                              "(تمويل، تنفيذ، شراكة، استفادة، مسؤولية…)، استنادا إلى المشاركات وروابط التمويل التي "
                              "تذكرها المصادر.",
               "parameters": {"programme": "هذا البرنامج فقط.", "actor": "هذه المنظمة أو هذا البلد فقط.",
                              "role": "هذا الدور فقط."}},
    },
    "programmes": {
        "fr": {"title": "Programmes et projets",
               "description": "Programmes, projets, leurs phases et composantes, par pays ou région, thème et période, "
                              "avec le nombre de bailleurs, d'opérateurs et de partenaires de chacun (leurs noms sont "
                              "dans programme-actors).",
               "parameters": {"place": "Seulement les programmes dans ou sur ce pays, cette région ou cette zone, ou "
                                       "un lieu qui s'y trouve (une région du Maroc compte pour le Maroc).",
                              "theme": "Seulement les programmes sur ce thème.",
                              "since": "Seulement les programmes en cours cette année ou après (les programmes sans "
                                       "date sont écartés quand une période est donnée).",
                              "until": "Seulement les programmes en cours cette année ou avant."}},
        "ar": {"title": "البرامج والمشاريع",
               "description": "البرامج والمشاريع ومراحلها ومكوناتها، حسب البلد أو الإقليم والموضوع والفترة، مع عدد "
                              "الممولين والجهات المنفذة والشركاء لكل منها (أسماؤهم في programme-actors).",
               "parameters": {"place": "البرامج في هذا البلد أو الإقليم أو المنطقة، أو في مكان داخله، أو المتعلقة "
                                       "به، فقط (جهة من جهات المغرب تُحسب للمغرب).",
                              "theme": "البرامج المتعلقة بهذا الموضوع فقط.",
                              "since": "البرامج الجارية في هذه السنة أو بعدها فقط (تُستبعد البرامج غير المؤرخة عند "
                                       "تحديد فترة).",
                              "until": "البرامج الجارية في هذه السنة أو قبلها فقط."}},
    },
    "search": {
        "fr": {"title": "Recherche par nom",
               "description": "Les ressources dont les noms contiennent chaque mot de la recherche, en arabe, en "
                              "anglais ou en français ; l'arabe est comparé sans voyelles brèves, formes de hamza, "
                              "taa marbuta ni l'article et les prépositions qui s'y attachent (والمنظمة trouve "
                              "منظمة), l'écriture latine sans casse ni accents. Les correspondances exactes et de "
                              "début viennent en premier.",
               "parameters": {"q": "Les mots à trouver (les cinq premiers comptent), par exemple المنظمة الدولية "
                                   "للهجرة ou migration."}},
        "ar": {"title": "البحث بالاسم",
               "description": "الموارد التي تحتوي أسماؤها كل كلمة من كلمات البحث، بالعربية أو الإنجليزية أو "
                              "الفرنسية؛ تُطابَق العربية دون اعتبار للتشكيل وصور الهمزة والتاء المربوطة وأداة "
                              "التعريف وحروف الجر المتصلة بها (والمنظمة تجد منظمة)، واللاتينية دون اعتبار لحالة "
                              "الأحرف والعلامات. تأتي المطابقات التامة ومطابقات البداية أولا.",
               "parameters": {"q": "الكلمات المطلوبة (تُعتبر الخمس الأولى منها)، مثلا المنظمة الدولية للهجرة أو "
                                   "migration."}},
    },
    "themes": {
        "fr": {"title": "Thèmes",
               "description": "Les thèmes du vocabulaire des thèmes avec le nombre de programmes et de projets de "
                              "chacun, pour un filtre ou un graphique."},
        "ar": {"title": "المواضيع",
               "description": "مواضيع معجم المواضيع مع عدد البرامج والمشاريع المتعلقة بكل منها، لاستعمالها في مرشح "
                              "أو رسم بياني."},
    },
    "timeline": {
        "fr": {"title": "Chronologie",
               "description": "Tout ce qui est daté, une ligne par date : programmes qui commencent ou finissent, "
                              "accords signés, adoptés ou en vigueur, événements, organisations fondées, adhésions, "
                              "politiques adoptées. Filtrer par catégorie, organisation, lieu, thème et période.",
               "parameters": {"category": "Seulement les éléments de cette catégorie.",
                              "funder": "Seulement cette organisation elle-même, ce qu'elle finance et ce à quoi "
                                        "elle prend part (comme partie, partenaire, hôte, organisateur…).",
                              "place": "Seulement les éléments qui visent, concernent ou se tiennent dans ce pays, "
                                       "cette région ou cette zone, ou un lieu qui s'y trouve.",
                              "theme": "Seulement les éléments sur ce thème.",
                              "since": "Seulement les dates de cette année ou après.",
                              "until": "Seulement les dates de cette année ou avant."}},
        "ar": {"title": "الخط الزمني",
               "description": "كل ما له تاريخ، صف لكل تاريخ: بداية البرامج أو نهايتها، وتوقيع الاتفاقيات أو "
                              "اعتمادها أو دخولها حيز النفاذ، والفعاليات، وتأسيس المنظمات، والعضويات، واعتماد "
                              "السياسات. يمكن التصفية حسب الفئة والمنظمة والمكان والموضوع ومدى من السنوات.",
               "parameters": {"category": "عناصر هذه الفئة فقط.",
                              "funder": "هذه المنظمة نفسها وما تموّله وما تشارك فيه (طرفا أو شريكا أو مضيفا أو "
                                        "منظما…) فقط.",
                              "place": "العناصر التي تستهدف هذا البلد أو الإقليم أو المنطقة، أو مكانا داخله، أو "
                                       "تتعلق به أو تنعقد فيه، فقط.",
                              "theme": "العناصر المتعلقة بهذا الموضوع فقط.",
                              "since": "التواريخ في هذه السنة أو بعدها فقط.",
                              "until": "التواريخ في هذه السنة أو قبلها فقط."}},
    },
}


def name(word: str, lang: str) -> str:
    """A parameter's or a column's name as a heading in ``lang`` (the name itself if unknown)."""
    names = NAMES.get(word)
    return names[_COLUMN.get(lang, 0)] if names else word


def described(query: CannedQuery, lang: str) -> dict[str, Any]:
    """What the catalogue, a query's page and the editor show of ``query`` in ``lang``: its name,
    title, description, parameters (with their heading and description) and columns (with their
    heading), each falling back to the query's own English."""
    text = QUERIES.get(query.name, {}).get(lang, {})
    parameters = text.get("parameters", {})
    return {
        "name": query.name,
        "title": text.get("title", query.title),
        "description": text.get("description", query.description),
        "parameters": [{"name": p.name, "label": name(p.name, lang), "description": parameters.get(p.name, p.description),
                        "required": p.required, "choices": p.values, "example": p.example, "default": p.default,
                        "type": p.type} for p in query.parameters],
        "columns": [{"name": c.name, "label": name(c.name, lang), "type": c.type} for c in query.columns],
    }


def missing(queries: list[CannedQuery]) -> list[str]:
    """What is not translated yet: each query's title and description, its parameters'
    descriptions, and the names of its parameters and columns, in French and Arabic."""
    gaps = []
    for query in queries:
        for lang in ("fr", "ar"):
            text = QUERIES.get(query.name, {}).get(lang, {})
            gaps += [f"{query.name} {lang} {key}" for key in ("title", "description") if key not in text]
            gaps += [f"{query.name} {lang} parameter {p.name}" for p in query.parameters
                     if p.description and p.name not in text.get("parameters", {})]
        gaps += [f"{query.name} name {n}" for n in [p.name for p in query.parameters] + [c.name for c in query.columns]
                 if n not in NAMES]
    return sorted(set(gaps))
