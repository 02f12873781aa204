// The word tables of the benchmark corpus (see vocabulary.h).
//
// Every entry is a form docs/NORMALISATION.md lists as accepted; the French
// and English columns are what a journalist would write in each language,
// not translations of each other word for word.
#include "bench/gen/vocabulary.h"

#include <array>

namespace factdb::bench {
namespace {

using sv = std::string_view;

// Organisation names are head + tail + ending ("Nova" "tek" "is"): 40 x 30
// x 8 = 9,600 distinct single words, none of which is a person's name or a
// corporate word.
constexpr std::array<sv, 40> kOrgHeads = {
    "Nova", "Quant", "Lumi", "Axi",   "Vero",  "Cyra",  "Helio", "Teral", "Orbi",  "Zeph",
    "Kyra", "Mira",  "Dex",  "Xeno",  "Ultra", "Vanta", "Astra", "Bryl",  "Cobal", "Drava",
    "Eqo",  "Fyn",   "Galv", "Hyper", "Ivor",  "Jarv",  "Korva", "Lyth",  "Magn",  "Neur",
    "Opta", "Pyra",  "Qora", "Rhea",  "Sola",  "Tyra",  "Umbr",  "Vexa",  "Wyra",  "Zenth"};
constexpr std::array<sv, 30> kOrgTails = {
    "tek",   "ium", "lex",   "vox",  "gen",  "tron",   "byte", "mind",  "core",  "flux",
    "logic", "sys", "net",   "grid", "cell", "quanta", "ware", "path",  "scale", "forge",
    "wave",  "bit", "sense", "mark", "link", "dyne",   "node", "verse", "stack", "loop"};
constexpr std::array<sv, 8> kOrgEndings = {"", "a", "is", "o", "ix", "ra", "en", "um"};
constexpr std::array<sv, 12> kOrgWords = {"Systems",  "Labs",         "AI",       "Robotics",
                                          "Cloud",    "Capital",      "Networks", "Semiconductors",
                                          "Dynamics", "Technologies", "Ventures", "Computing"};

constexpr std::array<sv, 50> kFirstNames = {
    "Alice",   "Bruno",  "Camille",  "Daniel", "Élise",   "François", "Gabriel", "Hélène",
    "Inès",    "Jérôme", "Karim",    "Léa",    "Mathieu", "Nadia",    "Olivier", "Pauline",
    "Quentin", "Rachid", "Sophie",   "Thomas", "Ursula",  "Victor",   "William", "Yasmine",
    "Zoé",     "Amelia", "Benjamin", "Chloe",  "David",   "Emily",    "Frank",   "Grace",
    "Henry",   "Isabel", "James",    "Kevin",  "Laura",   "Michael",  "Nathan",  "Olivia",
    "Peter",   "Rachel", "Samuel",   "Tanya",  "Umar",    "Valerie",  "Walter",  "Xavier",
    "Yuki",    "Zara"};
constexpr std::array<sv, 100> kLastNames = {
    "Martin",   "Bernard",  "Dubois",   "Durand",   "Lefèvre",  "Moreau",    "Laurent",
    "Simon",    "Michel",   "Garnier",  "Faure",    "Rousseau", "Blanc",     "Guérin",
    "Muller",   "Henry",    "Roussel",  "Nicolas",  "Perrin",   "Morin",     "Mathieu",
    "Clément",  "Gauthier", "Dumont",   "Lopez",    "Fontaine", "Chevalier", "Robin",
    "Masson",   "Sanchez",  "Boyer",    "Denis",    "Lemaire",  "Duval",     "Joly",
    "Gautier",  "Roger",    "Roche",    "Roy",      "Noël",     "Meyer",     "Lucas",
    "Meunier",  "Jean",     "Perez",    "Marchand", "Dufour",   "Blanchard", "Brun",
    "Barbier",  "Smith",    "Johnson",  "Williams", "Brown",    "Jones",     "Miller",
    "Davis",    "Wilson",   "Anderson", "Taylor",   "Thomas",   "Moore",     "Jackson",
    "White",    "Harris",   "Thompson", "Clark",    "Lewis",    "Robinson",  "Walker",
    "Young",    "Allen",    "King",     "Wright",   "Scott",    "Green",     "Baker",
    "Adams",    "Nelson",   "Hill",     "Campbell", "Mitchell", "Roberts",   "Carter",
    "Phillips", "Evans",    "Turner",   "Torres",   "Parker",   "Collins",   "Edwards",
    "Stewart",  "Morris",   "Murphy",   "Cook",     "Rogers",   "Tanaka",    "Nakamura",
    "Kim",      "Park"};

constexpr std::array<sv, 16> kProductWords = {
    "Orion",  "Atlas", "Sirius", "Vega",  "Polaris", "Lyra",  "Draco", "Castor",
    "Pollux", "Rigel", "Altair", "Deneb", "Antares", "Mizar", "Nunki", "Zaurak"};
constexpr std::array<sv, 6> kChipWords = {"NX", "TPX", "Tensor", "Volt", "Photon", "Arc"};

constexpr std::array<Place, 63> kPlaces = {{
    {"US-AL", "Alabama", "Alabama", "en", "AL"},
    {"US-AK", "Alaska", "Alaska", "en", "AK"},
    {"US-AZ", "Arizona", "Arizona", "en", "AZ"},
    {"US-AR", "Arkansas", "Arkansas", "en", "AR"},
    {"US-CA", "California", "Californie", "en", "CA"},
    {"US-CO", "Colorado", "Colorado", "au", "CO"},
    {"US-CT", "Connecticut", "Connecticut", "au", "CT"},
    {"US-DE", "Delaware", "Delaware", "au", "DE"},
    {"US-FL", "Florida", "Floride", "en", "FL"},
    {"US-GA", "Georgia", "Géorgie", "en", "GA"},
    {"US-HI", "Hawaii", "Hawaï", "à", "HI"},
    {"US-ID", "Idaho", "Idaho", "en", "ID"},
    {"US-IL", "Illinois", "Illinois", "en", "IL"},
    {"US-IN", "Indiana", "Indiana", "en", "IN"},
    {"US-IA", "Iowa", "Iowa", "en", "IA"},
    {"US-KS", "Kansas", "Kansas", "au", "KS"},
    {"US-KY", "Kentucky", "Kentucky", "au", "KY"},
    {"US-LA", "Louisiana", "Louisiane", "en", "LA"},
    {"US-ME", "Maine", "Maine", "dans le", "ME"},
    {"US-MD", "Maryland", "Maryland", "au", "MD"},
    {"US-MA", "Massachusetts", "Massachusetts", "au", "MA"},
    {"US-MI", "Michigan", "Michigan", "au", "MI"},
    {"US-MN", "Minnesota", "Minnesota", "au", "MN"},
    {"US-MS", "Mississippi", "Mississippi", "au", "MS"},
    {"US-MO", "Missouri", "Missouri", "au", "MO"},
    {"US-MT", "Montana", "Montana", "au", "MT"},
    {"US-NE", "Nebraska", "Nebraska", "au", "NE"},
    {"US-NV", "Nevada", "Nevada", "au", "NV"},
    {"US-NH", "New Hampshire", "New Hampshire", "dans le", "NH"},
    {"US-NJ", "New Jersey", "New Jersey", "dans le", "NJ"},
    {"US-NM", "New Mexico", "Nouveau-Mexique", "au", "NM"},
    {"US-NY", "New York", "New York", "dans l'État de", "NY"},
    {"US-NC", "North Carolina", "Caroline du Nord", "en", "NC"},
    {"US-ND", "North Dakota", "Dakota du Nord", "au", "ND"},
    {"US-OH", "Ohio", "Ohio", "dans l'", "OH"},
    {"US-OK", "Oklahoma", "Oklahoma", "en", "OK"},
    {"US-OR", "Oregon", "Oregon", "dans l'", "OR"},
    {"US-PA", "Pennsylvania", "Pennsylvanie", "en", "PA"},
    {"US-RI", "Rhode Island", "Rhode Island", "dans le", "RI"},
    {"US-SC", "South Carolina", "Caroline du Sud", "en", "SC"},
    {"US-SD", "South Dakota", "Dakota du Sud", "au", "SD"},
    {"US-TN", "Tennessee", "Tennessee", "dans le", "TN"},
    {"US-TX", "Texas", "Texas", "au", "TX"},
    {"US-UT", "Utah", "Utah", "dans l'", "UT"},
    {"US-VT", "Vermont", "Vermont", "dans le", "VT"},
    {"US-VA", "Virginia", "Virginie", "en", "VA"},
    {"US-WA", "Washington", "Washington", "dans l'État de", "WA"},
    {"US-WV", "West Virginia", "Virginie-Occidentale", "en", "WV"},
    {"US-WI", "Wisconsin", "Wisconsin", "dans le", "WI"},
    {"US-WY", "Wyoming", "Wyoming", "dans le", "WY"},
    {"US-DC", "District of Columbia", "district de Columbia", "dans le", "DC"},
    {"FR", "France", "France", "en", ""},
    {"IE", "Ireland", "Irlande", "en", ""},
    {"DE", "Germany", "Allemagne", "en", ""},
    {"NL", "Netherlands", "Pays-Bas", "aux", ""},
    {"SE", "Sweden", "Suède", "en", ""},
    {"FI", "Finland", "Finlande", "en", ""},
    {"CA", "Canada", "Canada", "au", ""},
    {"JP", "Japan", "Japon", "au", ""},
    {"SG", "Singapore", "Singapour", "à", ""},
    {"IN", "India", "Inde", "en", ""},
    {"AE", "United Arab Emirates", "Émirats arabes unis", "aux", ""},
    {"GB", "United Kingdom", "Royaume-Uni", "au", ""},
}};

constexpr std::array<Currency, 7> kCurrencies = {{
    {"USD", "de dollars", "dollars", "$", "dollars", 55},
    {"EUR", "d'euros", "euros", "€", "euros", 25},
    {"GBP", "de livres sterling", "livres sterling", "£", "pounds", 6},
    {"CAD", "de dollars canadiens", "dollars canadiens", "C$", "Canadian dollars", 4},
    {"CHF", "de francs suisses", "francs suisses", "", "Swiss francs", 4},
    {"JPY", "de yens", "yens", "", "yen", 3},
    {"CNY", "de yuans", "yuans", "", "yuan", 3},
}};

constexpr std::array<NumberWords, 40> kNumberWords = {{
    {2, "deux", "two"},
    {3, "trois", "three"},
    {4, "quatre", "four"},
    {5, "cinq", "five"},
    {6, "six", "six"},
    {7, "sept", "seven"},
    {8, "huit", "eight"},
    {9, "neuf", "nine"},
    {10, "dix", "ten"},
    {11, "onze", "eleven"},
    {12, "douze", "twelve"},
    {13, "treize", "thirteen"},
    {14, "quatorze", "fourteen"},
    {15, "quinze", "fifteen"},
    {16, "seize", "sixteen"},
    {17, "dix-sept", "seventeen"},
    {18, "dix-huit", "eighteen"},
    {19, "dix-neuf", "nineteen"},
    {20, "vingt", "twenty"},
    {21, "vingt et un", "twenty-one"},
    {25, "vingt-cinq", "twenty-five"},
    {30, "trente", "thirty"},
    {31, "trente et un", "thirty-one"},
    {40, "quarante", "forty"},
    {42, "quarante-deux", "forty-two"},
    {50, "cinquante", "fifty"},
    {60, "soixante", "sixty"},
    {70, "soixante-dix", "seventy"},
    {75, "soixante-quinze", "seventy-five"},
    {79, "soixante-dix-neuf", "seventy-nine"},
    {80, "quatre-vingts", "eighty"},
    {90, "quatre-vingt-dix", "ninety"},
    {99, "quatre-vingt-dix-neuf", "ninety-nine"},
    {100, "cent", "a hundred"},
    {101, "cent un", "one hundred and one"},
    {200, "deux cents", "two hundred"},
    {250, "deux cent cinquante", "two hundred and fifty"},
    {300, "trois cents", "three hundred"},
    {500, "cinq cents", "five hundred"},
    {999, "neuf cent quatre-vingt-dix-neuf", "nine hundred and ninety-nine"},
}};

constexpr std::array<Collective, 10> kCollectives = {{
    {10, "une dizaine"},
    {12, "une douzaine"},
    {15, "une quinzaine"},
    {20, "une vingtaine"},
    {30, "une trentaine"},
    {40, "une quarantaine"},
    {50, "une cinquantaine"},
    {60, "une soixantaine"},
    {100, "une centaine"},
    {1000, "un millier"},
}};

// Index = qualifier code (see values.h): exact, approximately, at_least,
// more_than, at_most, less_than.
constexpr std::array<sv, 1> kNone = {""};
constexpr std::array<sv, 7> kApproxFr = {"environ",          "près de",       "quelque",
                                         "autour de",        "de l'ordre de", "aux alentours de",
                                         "approximativement"};
constexpr std::array<sv, 7> kApproxEn = {"about",  "around", "roughly", "some",
                                         "nearly", "almost", "close to"};
constexpr std::array<sv, 2> kAtLeastFr = {"au moins", "pas moins de"};
constexpr std::array<sv, 2> kAtLeastEn = {"at least", "no less than"};
constexpr std::array<sv, 1> kMoreFr = {"plus de"};
constexpr std::array<sv, 3> kMoreEn = {"more than", "over", "above"};
constexpr std::array<sv, 3> kAtMostFr = {"jusqu'à", "au plus", "au maximum"};
constexpr std::array<sv, 3> kAtMostEn = {"up to", "as much as", "at most"};
constexpr std::array<sv, 1> kLessFr = {"moins de"};
constexpr std::array<sv, 3> kLessEn = {"less than", "under", "below"};

constexpr std::array<StageWord, 12> kStages = {{
    {"completed", "investi", "a investi", "invested", "has invested"},
    {"completed", "investi", "aurait investi", "invested", "invested"},
    {"completed", "réalisé", "a réalisé un investissement de", "completed",
     "completed an investment of"},
    {"completed", "investi", "n'a pas investi", "invested", "has not invested"},
    {"committed", "engagé", "s'est engagé à investir", "committed", "has committed"},
    {"committed", "promis", "a promis d'investir", "pledged", "pledged"},
    {"committed", "annoncé", "a annoncé un investissement de", "announced",
     "announced an investment of"},
    {"committed", "engagé", "devrait investir", "committed", "is expected to invest"},
    {"considered", "envisagé", "envisage d'investir", "considering", "is considering investing"},
    {"considered", "en discussion", "pourrait investir", "in talks", "could invest"},
    {"considered", "prévu", "prévoit d'investir", "planned", "plans to invest"},
    {"considered", "à l'étude", "serait prêt à investir", "under consideration", "would invest"},
}};

constexpr std::array<SupplyItem, 10> kSupplyItems = {{
    {"chips", "des puces", "chips"},
    {"chips", "des GPU", "GPUs"},
    {"chips", "des semi-conducteurs", "semiconductors"},
    {"compute", "de la puissance de calcul", "computing power"},
    {"compute", "des capacités de calcul", "compute capacity"},
    {"cloud_capacity", "des capacités cloud", "cloud capacity"},
    {"cloud_capacity", "des services cloud", "cloud services"},
    {"technical_support", "un soutien technique", "technical support"},
    {"funding", "un financement", "funding"},
    {"funding", "un soutien financier", "financial support"},
}};

constexpr std::array<Bilingual, 10> kRoleTitles = {{
    {"directeur général", "chief executive"},
    {"président", "chairman"},
    {"directrice financière", "chief financial officer"},
    {"directeur technique", "chief technology officer"},
    {"cofondateur", "co-founder"},
    {"directrice scientifique", "chief scientist"},
    {"vice-président chargé de l'IA", "vice president of AI"},
    {"responsable de la recherche", "head of research"},
    {"administratrice", "board member"},
    {"directeur des opérations", "chief operating officer"},
}};
constexpr std::array<Bilingual, 8> kSpendingPurposes = {{
    {"dans ses centres de données", "on its data centres"},
    {"en infrastructures d'IA", "on AI infrastructure"},
    {"en recherche et développement", "on research and development"},
    {"pour l'achat de puces", "on chips"},
    {"dans l'entraînement de ses modèles", "on training its models"},
    {"en capacités cloud", "on cloud capacity"},
    {"dans le recrutement", "on hiring"},
    {"en énergie", "on energy"},
}};
// Compute deals' lengths (issue 13): "five-year" deals, "sur cinq ans".
constexpr std::array<Bilingual, 5> kDealDurations = {{
    {"sur cinq ans", "five-year"},
    {"sur trois ans", "three-year"},
    {"sur six ans", "six-year"},
    {"pendant dix ans", "ten-year"},
    {"sur 18 mois", "18-month"},
}};

constexpr std::array<Bilingual, 6> kSpendingPeriods = {{
    {"cette année", "this year"},
    {"d'ici 2027", "by 2027"},
    {"en 2025", "in 2025"},
    {"sur trois ans", "over three years"},
    {"chaque trimestre", "every quarter"},
    {"l'an prochain", "next year"},
}};
constexpr std::array<Bilingual, 6> kDatacenterDescriptions = {{
    {"le plus grand campus du pays", "the largest campus in the country"},
    {"un site refroidi par liquide", "a liquid-cooled site"},
    {"alimenté par l'énergie solaire", "powered by solar energy"},
    {"un complexe de nouvelle génération", "a next-generation complex"},
    {"près d'une centrale nucléaire", "next to a nuclear plant"},
    {"un centre hyperscale", "a hyperscale centre"},
}};
constexpr std::array<Bilingual, 5> kDatacenterPurposes = {{
    {"l'entraînement de modèles", "model training"},
    {"l'inférence", "inference"},
    {"le cloud", "cloud services"},
    {"la recherche", "research"},
    {"le stockage", "storage"},
}};
constexpr std::array<Bilingual, 6> kProductDescriptions = {{
    {"son produit phare", "its flagship product"},
    {"un assistant conversationnel", "a conversational assistant"},
    {"un modèle de langage", "a language model"},
    {"un accélérateur d'IA", "an AI accelerator"},
    {"une plateforme d'agents", "an agent platform"},
    {"un outil de programmation", "a coding tool"},
}};
constexpr std::array<Bilingual, 6> kPartnershipPurposes = {{
    {"dans l'IA générative", "in generative AI"},
    {"pour la santé", "for healthcare"},
    {"autour des puces", "around chips"},
    {"dans la défense", "in defence"},
    {"pour l'éducation", "for education"},
    {"dans le cloud souverain", "in sovereign cloud"},
}};
constexpr std::array<Bilingual, 8> kQuoteTexts = {{
    {"Nous investissons pour la prochaine décennie", "We are investing for the next decade"},
    {"La demande dépasse toutes nos prévisions", "Demand exceeds every forecast we made"},
    {"Ce partenariat change la donne", "This partnership is a game changer"},
    {"Nos clients veulent de la puissance de calcul", "Our customers want compute"},
    {"La sécurité reste notre priorité", "Safety remains our priority"},
    {"Nous voulons rester indépendants", "We want to stay independent"},
    {"Le marché européen est stratégique", "The European market is strategic"},
    {"Il faut aller plus vite", "We need to move faster"},
}};
constexpr std::array<Bilingual, 4> kSpeakerDescriptions = {{
    {"un haut responsable", "a senior executive"},
    {"une porte-parole", "a spokeswoman"},
    {"un dirigeant", "an executive"},
    {"un proche du dossier", "a person familiar with the matter"},
}};
constexpr std::array<Bilingual, 2> kGrowth2x = {{
    {"doublant", "doubling"},
    {"doublé", "doubled"},
}};

// Each value is a word lang/funding_round.cpp reads in its language.
constexpr std::array<RoundWord, 9> kRounds = {{
    {"seed", "seed round", "in a seed round", "amorçage", "lors d'un tour d'amorçage"},
    {"series_a", "Series A", "in a Series A", "série A", "lors d'une série A"},
    {"series_b", "Series B", "in a Series B", "série B", "lors d'une série B"},
    {"series_c", "Series C", "in a Series C", "série C", "lors d'une série C"},
    {"series_d", "Series D", "in a Series D", "série D", "lors d'une série D"},
    {"series_e", "Series E", "in a Series E", "série E", "lors d'une série E"},
    {"bridge", "bridge round", "in a bridge round", "financement relais",
     "par un financement relais"},
    {"ipo", "IPO", "in its IPO", "introduction en Bourse", "lors de son introduction en Bourse"},
    {"unspecified", "funding round", "in a funding round", "tour de table",
     "lors d'un tour de table"},
}};

constexpr std::array<BasisWord, 4> kBases = {{
    {"pre_money", "pre-money", "avant l'augmentation de capital"},
    {"post_money", "post-money", "après l'augmentation de capital"},
    {"unspecified", "", ""},
    {"market_cap", "market value", "capitalisation boursière"},
}};

constexpr std::array<Frame, 6> kFrames = {{
    {"Selon {source}, ", "According to {source}, ", false},
    {"D'après {source}, ", "According to {source}, ", false},
    {"Il a été rapporté que ", "{source} reported that ", false},
    {"selon {source}, ", "according to {source}, ", true},
    {"Des sources proches affirment que ", "People familiar with the matter say ", false},
    {"Citant {source}, le journal indique que ", "{source} says ", false},
}};
constexpr std::array<sv, 8> kSources = {
    "Reuters",          "Bloomberg",       "Les Échos",  "Le Monde",
    "L'Usine Digitale", "The Information", "TechCrunch", "CNBC"};

constexpr std::array<sv, 12> kFillersFr = {
    "Le secteur de l'intelligence artificielle connaît une croissance rapide.",
    "Les investisseurs suivent ce dossier de près.",
    "La concurrence s'intensifie entre les grands acteurs du cloud.",
    "Cette annonce intervient dans un contexte de forte demande.",
    "Les marchés ont accueilli la nouvelle avec prudence.",
    "Le coût de l'énergie reste une préoccupation majeure.",
    "Les régulateurs européens examinent ces opérations.",
    "La pénurie de puces pèse toujours sur le secteur.",
    "Plusieurs analystes jugent ces montants élevés.",
    "Les détails financiers restent confidentiels.",
    "L'opération doit encore recevoir le feu vert des autorités.",
    "Le calendrier reste à préciser.",
};
constexpr std::array<sv, 12> kFillersEn = {
    "The artificial intelligence sector is growing fast.",
    "Investors are watching the deal closely.",
    "Competition is heating up among the large cloud providers.",
    "The announcement comes amid strong demand.",
    "Markets greeted the news cautiously.",
    "Energy costs remain a major concern.",
    "European regulators are reviewing such transactions.",
    "The chip shortage still weighs on the industry.",
    "Several analysts consider the amounts high.",
    "Financial details remain confidential.",
    "The transaction still needs regulatory approval.",
    "The timetable is still to be set.",
};
constexpr std::array<sv, 6> kHeadlinesFr = {
    "{org} accélère dans l'IA",
    "Nouvelle levée de fonds pour {org}",
    "{org} mise sur les centres de données",
    "Les ambitions de {org}",
    "{org} et ses partenaires",
    "Enquête : la stratégie de {org}",
};
constexpr std::array<sv, 6> kHeadlinesEn = {
    "{org} doubles down on AI",      "New funding for {org}",  "{org} bets on data centres",
    "Inside the ambitions of {org}", "{org} and its partners", "The strategy of {org}, explained",
};

}  // namespace

std::span<const sv> org_heads() {
    return kOrgHeads;
}
std::span<const sv> org_tails() {
    return kOrgTails;
}
std::span<const sv> org_endings() {
    return kOrgEndings;
}
std::span<const sv> org_words() {
    return kOrgWords;
}
std::span<const sv> first_names() {
    return kFirstNames;
}
std::span<const sv> last_names() {
    return kLastNames;
}
std::span<const sv> product_words() {
    return kProductWords;
}
std::span<const sv> chip_words() {
    return kChipWords;
}
std::span<const Place> places() {
    return kPlaces;
}
std::span<const Currency> currencies() {
    return kCurrencies;
}
std::span<const NumberWords> number_words() {
    return kNumberWords;
}
std::span<const Collective> collectives() {
    return kCollectives;
}

std::span<const sv> qualifier_words(Lang lang, int qualifier) {
    const bool fr = lang == Lang::fr;
    switch (qualifier) {
        case 1:
            return fr ? std::span<const sv>(kApproxFr) : std::span<const sv>(kApproxEn);
        case 2:
            return fr ? std::span<const sv>(kAtLeastFr) : std::span<const sv>(kAtLeastEn);
        case 3:
            return fr ? std::span<const sv>(kMoreFr) : std::span<const sv>(kMoreEn);
        case 4:
            return fr ? std::span<const sv>(kAtMostFr) : std::span<const sv>(kAtMostEn);
        case 5:
            return fr ? std::span<const sv>(kLessFr) : std::span<const sv>(kLessEn);
        default:
            return kNone;
    }
}

std::span<const StageWord> stage_words() {
    return kStages;
}
std::span<const SupplyItem> supply_items() {
    return kSupplyItems;
}
std::span<const Bilingual> role_titles() {
    return kRoleTitles;
}
std::span<const Bilingual> spending_purposes() {
    return kSpendingPurposes;
}
std::span<const Bilingual> spending_periods() {
    return kSpendingPeriods;
}
std::span<const Bilingual> deal_durations() {
    return kDealDurations;
}
std::span<const Bilingual> datacenter_descriptions() {
    return kDatacenterDescriptions;
}
std::span<const Bilingual> datacenter_purposes() {
    return kDatacenterPurposes;
}
std::span<const Bilingual> product_descriptions() {
    return kProductDescriptions;
}
std::span<const Bilingual> partnership_purposes() {
    return kPartnershipPurposes;
}
std::span<const Bilingual> quote_texts() {
    return kQuoteTexts;
}
std::span<const Bilingual> speaker_descriptions() {
    return kSpeakerDescriptions;
}
std::span<const Bilingual> growth_words_2x() {
    return kGrowth2x;
}
std::span<const RoundWord> round_words() {
    return kRounds;
}
std::span<const BasisWord> basis_words() {
    return kBases;
}
std::span<const Frame> frames() {
    return kFrames;
}
std::span<const sv> sources() {
    return kSources;
}
std::span<const sv> fillers(Lang lang) {
    return lang == Lang::fr ? std::span<const sv>(kFillersFr) : std::span<const sv>(kFillersEn);
}
std::span<const sv> headlines(Lang lang) {
    return lang == Lang::fr ? std::span<const sv>(kHeadlinesFr) : std::span<const sv>(kHeadlinesEn);
}

}  // namespace factdb::bench
