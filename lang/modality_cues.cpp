// The vocabulary of modality: the cue words of each modality and the words
// that split a sentence into clauses, in French and English.  Pure data; the
// rules that use it are at the top of modality.cpp.
//
// Invariants:
//   * patterns are written as in running text (accents, apostrophes) and
//     matched folded, token by token, so "prévoit" also matches "PRÉVOIT";
//     accent folding makes one spelling cover its accented twin ("rapporte"
//     covers "rapporté", "nie" covers "nié");
//   * every inflected form is listed: there is no stemming, so a form that is
//     missing is not a cue.  Deliberately absent: the bare participle/adjective
//     "prévu(e)(s)" ("la taille initiale prévue") and "compte" (too ambiguous),
//     "prévu pour" (scheduled for / designed for);
//   * a pattern never starts with "*";
//   * rows marked as_written (last field true) match each word only as
//     written or in capitals ("may", "MAY", not "May"), where folding would
//     confuse "a" with "à" or "may" with "May";
//   * apostrophes are written ' and match ’ ‘ ʼ too; an elidable word (kElisions:
//     "de", "que", "ne", "si"...) is written in full and matches its elided
//     form ("projette de" covers "projette d'investir"), so no row repeats a
//     pattern with "d'", "qu'" or "n'";
//   * a negated modal ("won't", "wouldn't", "could not", "may not") is
//     negated, not conditional or possible: the claim is denied, and the
//     longer match beats "would", "could", "may";
//   * when two patterns match at the same word, the longer match wins
//     ("aurait été rapporté" over "aurait", "will not" over "will"); at equal
//     length the earlier row wins.
#include <array>

#include "lang/modality.h"

namespace factdb {
namespace {

using enum Language;
using enum Modality;
using enum CueKind;
using enum ClauseMarkerKind;

constexpr ModalityCue kCues[] = {
    // ---- French: reporting frames
    {fr, "il a été rapporté", reported, frame},
    {fr, "il est rapporté", reported, frame},
    {fr, "aurait été rapporté", reported, frame},
    {fr, "a rapporté", reported, frame},
    {fr, "ont rapporté", reported, frame},
    {fr, "rapporte", reported, frame},
    {fr, "rapportent", reported, frame},
    {fr, "selon", reported, frame},
    {fr, "d'après", reported, frame},
    {fr, "indique le journal", reported, frame},
    {fr, "affirme le journal", reported, frame},
    {fr, "citant", reported, frame},
    {fr, "de sources proches", reported, frame},
    {fr, "des sources proches", reported, frame},
    // Sourcing (issue 12): an unnamed source, or a named outlet that reports.
    {fr, "source|sources proche|proches", reported, frame},
    {fr, "source|sources bien informée|informées", reported, frame},
    {fr, "de source sûre", reported, frame},
    {fr, "à en croire", reported, frame},
    {fr, "Echos|Monde|Figaro|Tribune|Parisien|Reuters|Bloomberg|AFP|Informé "
         "révèle|révèlent|indique|indiquent|affirme|affirment|écrit|écrivent|assure|assurent",
     reported, frame, true},
    {fr, "Echos|Monde|Figaro|Tribune|Parisien|Reuters|Bloomberg|AFP|Informé a|ont "
         "révélé|indiqué|affirmé|écrit|assuré",
     reported, frame, true},
    {fr, "Times|Journal|Post révèle|indique|affirme|écrit|assure", reported, frame, true},
    {fr, "Times|Journal|Post a révélé|indiqué|affirmé|écrit|assuré", reported, frame, true},
    // ---- French: not cues.  A non-answer ("n'a pas confirmé", "n'a pas
    // souhaité commenter") speaks of the speaker, not of the fact: it neither
    // denies nor hedges it.  Matched, so that "ne * pas" inside is no cue;
    // written before the negations so that they win at equal length.
    {fr,
     "ne * pas * confirmé|confirmée|commenté|répondu|souhaité|voulu|dévoilé|dévoilée|précisé|"
     "précisée|divulgué|divulguée|communiqué|communiquée|donné|fourni|réagi|joint|joignable",
     negated, inert},
    {fr, "ne confirme|confirment|commente|commentent|précise|précisent pas", negated, inert},
    // ---- French: reported speech.  A reporting verb in a past tense (passé
    // composé, plus-que-parfait) and its "que": the conditional after it
    // (kSpeechWindow in modality.h) is the future of the past, planned ("a
    // annoncé qu'il investirait", "a déclaré que le site serait"), as
    // English "said it would".  The present ("annonce qu'il investirait")
    // keeps its conditional: the concordance of tenses needs a past.  At
    // most two words before "que" ("a annoncé mardi que", "a indiqué dans un
    // communiqué" is three: not read), one listed adverb between the
    // auxiliary and the participle (no "*": it would step over "jamais").
    {fr,
     "a|ont|avait|avaient annoncé|indiqué|déclaré|affirmé|précisé|assuré|confirmé|expliqué|"
     "ajouté|estimé|promis|dit|écrit|souligné|répété|réaffirmé|garanti|signalé|prévenu|averti|"
     "rappelé * que",
     planned, speech},
    {fr,
     "a|ont|avait|avaient également|aussi|déjà|encore|officiellement|publiquement|récemment "
     "annoncé|indiqué|déclaré|affirmé|précisé|assuré|confirmé|expliqué|ajouté|estimé|promis|"
     "dit|écrit|souligné|répété|réaffirmé|garanti|signalé|prévenu|averti|rappelé * que",
     planned, speech},
    {fr, "a|ont|avait|avaient fait savoir * que", planned, speech},
    {fr, "a|ont|avait|avaient laissé entendre * que", planned, speech},
    // ---- French: conditional.  Not a word list: every verb in -rait,
    // -raient, -rions, -riez on a future stem is conditional by its ending
    // (kConjugations below, rules at the top of modality.cpp); the rows here
    // are the forms whose modality is not the tense's ("devrait", "pourrait").
    // ---- French: expected
    {fr, "on s'attend", expected, verb},
    {fr, "s'attend à", expected, verb},
    {fr, "s'attendent à", expected, verb},
    {fr, "devrait", expected, verb},
    {fr, "devraient", expected, verb},
    {fr, "devra", expected, verb},
    {fr, "devront", expected, verb},
    {fr, "est attendu|attendue", expected, verb},
    {fr, "sont attendus|attendues", expected, verb},
    {fr, "est censé|censée", expected, verb},
    {fr, "sont censés|censées", expected, verb},
    // ---- French: possible
    {fr, "pourrait", possible, verb},
    {fr, "pourraient", possible, verb},
    {fr, "pourra", possible, verb},
    {fr, "pourront", possible, verb},
    {fr, "il est possible", possible, verb},
    {fr, "peut-être", possible, verb},
    {fr, "éventuellement", possible, verb},
    {fr, "potentiellement", possible, verb},
    // ---- French: planned
    {fr, "prévoit", planned, verb},
    {fr, "prévoient", planned, verb},
    {fr, "prévoyait", planned, verb},
    {fr, "prévoyaient", planned, verb},
    {fr, "est * prévu|prévue", planned, verb},
    {fr, "sont * prévus|prévues", planned, verb},
    {fr, "a * prévu", planned, verb, true},
    {fr, "ont * prévu", planned, verb},
    {fr, "envisage", planned, verb},
    {fr, "envisagent", planned, verb},
    {fr, "envisageait", planned, verb},
    {fr, "envisageaient", planned, verb},
    {fr, "a l'intention de", planned, verb, true},
    {fr, "ont l'intention de", planned, verb},
    {fr, "projette de", planned, verb},
    {fr, "projettent de", planned, verb},
    // ---- French: negated
    {fr, "ne * pas", negated, verb},  // also "n'a pas", "ne l'a pas"
    {fr, "ne * plus", negated, verb},
    {fr, "jamais", negated, verb},
    {fr, "aucun|aucune", negated, verb},
    {fr, "a démenti", negated, verb},
    {fr, "ont démenti", negated, verb},
    {fr, "dément", negated, verb},
    {fr, "démentent", negated, verb},
    {fr, "nie", negated, verb},
    {fr, "nient", negated, verb},

    // ---- English: reporting frames
    {en, "according to", reported, frame},
    {en, "reportedly", reported, frame},
    {en, "is said to", reported, frame},
    {en, "are said to", reported, frame},
    {en, "was said to", reported, frame},
    {en, "it was reported", reported, frame},
    {en, "it is reported", reported, frame},
    {en, "is reported to", reported, frame},
    {en, "are reported to", reported, frame},
    {en, "reported that", reported, frame},
    {en, "reports that", reported, frame},
    {en, "sources say", reported, frame},
    {en, "sources said", reported, frame},
    {en, "people familiar with", reported, frame},
    {en, "person familiar with", reported, frame},
    // Sourcing (issue 12): unnamed sources, and a named outlet that reports
    // ("the Financial Times reported"; "Amazon reported revenue" is not one).
    {en, "people|person|sources|source|insiders briefed on", reported, frame},
    {en, "people|person|sources|source|insiders close to", reported, frame},
    {en, "people|person|sources|source|insiders with knowledge of", reported, frame},
    {en, "people|person|sources|source|insiders with direct knowledge of", reported, frame},
    {en, "sources|source|insiders familiar with", reported, frame},
    {en, "source said|says|told", reported, frame},
    {en, "sources told", reported, frame},
    {en, "insiders say|said", reported, frame},
    {en, "is|are|was|were rumored|rumoured to", reported, frame},
    {en, "allegedly", reported, frame},
    // Outlets as written (capitalised): "the post reported" is no outlet.
    {en,
     "Reuters|Bloomberg|AFP|AP|Times|Journal|Post|CNBC|Axios|TechCrunch|Semafor|Nikkei|"
     "Handelsblatt|Insider|Politico|Guardian|Press|Jones|Echos|Verge "
     "reported|reports|wrote|revealed",
     reported, frame, true},
    {en, "Information reported|reports|wrote|revealed", reported, frame, true},
    {en, "as reported by", reported, frame},
    // ---- English: reported speech.  A past reporting verb: "would" after it
    // (kSpeechWindow in modality.h) is the future of reported speech, planned
    // as "will" is ("said it would invest", "said on Monday that it would").
    {en,
     "said|announced|confirmed|stated|added|told|indicated|noted|promised|pledged|"
     "wrote|explained|insisted|reiterated|signaled|signalled",
     planned, speech},
    // ---- English: conditional (and, after a reporting verb, planned).
    {en, "would", conditional, verb, false, true},
    {en, "is believed to", conditional, verb},
    {en, "are believed to", conditional, verb},
    // ---- English: expected
    {en, "expects", expected, verb},
    {en, "expect", expected, verb},
    {en, "expected to", expected, verb},
    {en, "is expected", expected, verb},
    {en, "are expected", expected, verb},
    {en, "was expected", expected, verb},
    {en, "should", expected, verb},
    {en, "is set to", expected, verb},
    {en, "are set to", expected, verb},
    {en, "is due to", expected, verb},
    // ---- English: possible
    {en, "may", possible, verb, true},
    {en, "might", possible, verb},
    {en, "could", possible, verb},
    {en, "possibly", possible, verb},
    {en, "potentially", possible, verb},
    {en, "perhaps", possible, verb},
    {en, "maybe", possible, verb},
    // ---- English: planned
    {en, "plans to", planned, verb},
    {en, "plan to", planned, verb},
    {en, "planned", planned, verb},
    {en, "plans", planned, verb},
    {en, "intends to", planned, verb},
    {en, "intend to", planned, verb},
    {en, "will", planned, verb, true},
    {en, "is planning", planned, verb},
    {en, "are planning", planned, verb},
    {en, "aims to", planned, verb},
    {en, "aim to", planned, verb},
    {en, "is|are going to", planned, verb},
    {en, "is considering", planned, verb},
    {en, "are considering", planned, verb},
    {en, "considering", planned, verb},
    // ---- English: not cues (see the French ones): non-answers.
    {en, "declined|declines|refused|refuses to comment|confirm|elaborate|say|discuss", negated,
     inert},
    {en,
     "did|does|do|would|could|will not * confirm|comment|respond|elaborate|disclose|say|return",
     negated, inert},
    // A contraction is three tokens (didn ' t), so each is a row of its own.
    {en, "didn't * confirm|comment|respond|elaborate|disclose|say|return", negated, inert},
    {en, "doesn't * confirm|comment|respond|elaborate|disclose|say|return", negated, inert},
    {en, "don't * confirm|comment|respond|elaborate|disclose|say|return", negated, inert},
    {en, "wouldn't * confirm|comment|respond|elaborate|disclose|say|return", negated, inert},
    {en, "couldn't * confirm|comment|respond|elaborate|disclose|say|return", negated, inert},
    {en, "won't * confirm|comment|respond|elaborate|disclose|say|return", negated, inert},
    {en, "has|have|had not * confirmed|commented|responded|disclosed|said", negated, inert},
    {en, "hasn't * confirmed|commented|responded|disclosed|said", negated, inert},
    {en, "haven't * confirmed|commented|responded|disclosed|said", negated, inert},
    {en, "hadn't * confirmed|commented|responded|disclosed|said", negated, inert},
    {en, "could not be reached", negated, inert},
    {en, "was|were not immediately available", negated, inert},
    // ---- English: negated
    {en, "did not", negated, verb},
    {en, "didn't", negated, verb},
    {en, "does not", negated, verb},
    {en, "doesn't", negated, verb},
    {en, "do not", negated, verb},
    {en, "don't", negated, verb},
    {en, "has not", negated, verb},
    {en, "hasn't", negated, verb},
    {en, "have not", negated, verb},
    {en, "haven't", negated, verb},
    {en, "had not", negated, verb},
    {en, "hadn't", negated, verb},
    {en, "is not", negated, verb},
    {en, "isn't", negated, verb},
    {en, "are not", negated, verb},
    {en, "aren't", negated, verb},
    {en, "was not", negated, verb},
    {en, "wasn't", negated, verb},
    {en, "were not", negated, verb},
    {en, "weren't", negated, verb},
    {en, "will not", negated, verb},
    {en, "won't", negated, verb},
    {en, "would not", negated, verb, false, true},
    {en, "wouldn't", negated, verb, false, true},
    {en, "could not", negated, verb},
    {en, "couldn't", negated, verb},
    {en, "should not", negated, verb},
    {en, "shouldn't", negated, verb},
    {en, "might not", negated, verb},
    {en, "mightn't", negated, verb},
    {en, "may not", negated, verb, true},
    {en, "must not", negated, verb},
    {en, "mustn't", negated, verb},
    {en, "shall not", negated, verb},
    {en, "shan't", negated, verb},
    {en, "cannot", negated, verb},
    {en, "can't", negated, verb},
    {en, "denied", negated, verb},
    {en, "denies", negated, verb},
    {en, "deny", negated, verb},
    {en, "no longer", negated, verb},
    {en, "never", negated, verb},
};

// Commas in enumerations ("le Mississippi, la Caroline du Nord et la
// Pennsylvanie") must not split a clause, so only these markers do.
constexpr ClauseMarker kClauseMarkers[] = {
    // ---- both languages: punctuation
    {fr, ";", boundary},
    {fr, ":", boundary},
    {fr, "—", boundary},  // spaced em dash; an unspaced dash joins words
    {fr, "–", boundary},  // spaced en dash
    {en, ";", boundary},
    {en, ":", boundary},
    {en, "—", boundary},
    {en, "–", boundary},
    // ---- French
    {fr, ", mais", boundary},
    {fr, ", qui", incidental},
    {fr, ", que", incidental},
    {fr, ", ce qui", incidental},
    {fr, ", dont", incidental},
    {fr, ", où", incidental},
    {fr, ", tandis que", incidental},
    {fr, ", alors que", incidental},
    {fr, ", bien que", incidental},
    {fr, "bien que", subordinator},
    {fr, "alors que", subordinator},
    {fr, "tandis que", subordinator},
    {fr, "même si", subordinator},  // also "même s'il"
    {fr, "quoique", subordinator},
    {fr, "puisque", subordinator},
    {fr, "lorsque", subordinator},
    {fr, "parce que", subordinator},
    {fr, "et", coordinator},
    {fr, "puis", coordinator},
    {fr, "qui", relative},
    {fr, "que", relative},  // also "qu'": "le site qu'pourrait"... only when a cue follows
    {fr, "lequel|laquelle|lesquels|lesquelles", relative},
    // ---- English
    {en, ", but", boundary},
    {en, ", which", incidental},
    {en, ", who", incidental},
    {en, ", while", incidental},
    {en, ", whereas", incidental},
    {en, ", although", incidental},
    {en, "although", subordinator},
    {en, "though", subordinator},
    {en, "even though", subordinator},
    {en, "while", subordinator},
    {en, "whereas", subordinator},
    {en, "because", subordinator},
    {en, "since", subordinator},
    {en, "and", coordinator},
    {en, "then", coordinator},
    {en, "that", relative},
    {en, "which", relative},
    {en, "who", relative},
};

// French elisions (see Elision in modality.h): the written form before a
// vowel, without its apostrophe.
constexpr Elision kElisions[] = {
    {fr, "de", "d"},           {fr, "que", "qu"},         {fr, "ne", "n"},
    {fr, "le", "l"},           {fr, "la", "l"},           {fr, "se", "s"},
    {fr, "si", "s"},           {fr, "ce", "c"},           {fr, "je", "j"},
    {fr, "me", "m"},           {fr, "te", "t"},           {fr, "jusque", "jusqu"},
    {fr, "lorsque", "lorsqu"}, {fr, "puisque", "puisqu"}, {fr, "quoique", "quoiqu"},
};

// French tenses by their ending on a future stem (the stem's final "r" is
// the stem's, not the ending's): "investir-ait", "ser-aient", "aur-ions",
// "ser-iez"; "investir-a", "ser-ont".  The future's first and second persons
// plural (-rons, -rez) are left out: "environs", "patrons", "citrons" end so.
constexpr Conjugation kConjugations[] = {
    // The conditional is also the future of reported speech (speech_future).
    {fr, "ait", conditional, "conditional", true},
    {fr, "aient", conditional, "conditional", true},
    {fr, "ions", conditional, "conditional", true},
    {fr, "iez", conditional, "conditional", true},
    {fr, "a", planned, "future"},
    {fr, "ont", planned, "future"},
};

// Is a stem (lower case, accents kept, ending in "r") a future stem?  The
// longest listed ending of the stem decides.  The imperfect and the simple
// past of "-rer" verbs share the endings ("déclar-ait", "déclar-a"), so the
// letters before the final "r" tell them apart: an unaccented "e" is the
// infinitive's ("déclarer-ait"), "é"/"è"/"a"/"o"/"u" are the stem's
// ("espér-ait", "ignor-ait", "assur-ait").  Built from the conjugation
// tables of the French grammar, not tuned on test sentences.
constexpr StemRule kStemRules[] = {
    {fr, "er", true},     // déclarer-ait, ser-ait, fer-ait, lancer-a
    {fr, "ér", false},    // espér-ait, opér-ait, génér-ait
    {fr, "èr", false},
    {fr, "ar", false},    // déclar-ait, prépar-a
    {fr, "or", false},    // ignor-ait, explor-a
    {fr, "ur", false},    // assur-ait, dur-ait, mesur-a (aur-, saur-: exceptions)
    {fr, "ir", true},     // investir-ait, finir-a, dir-ait, ir-ait (tir-ait: exception)
    {fr, "rr", true},     // pourr-ait, verr-ait, courr-ait (serr-ait: exception)
    {fr, "dr", true},     // prendr-ait, viendr-a, voudr-ait (cadr-ait: exception)
    {fr, "vr", true},     // devr-ait, suivr-a, vivr-ait (livr-ait, ouvr-ait: exceptions)
    {fr, "tr", false},    // entr-ait, montr-a, portr-ait, retr-ait (nouns)
    {fr, "ttr", true},    // mettr-ait, permettr-a, battr-ait
    {fr, "îtr", true},    // connaîtr-ait, paraîtr-a, naîtr-ait
    {fr, "aitr", true},   // connaitr-ait (1990 spelling)
    {fr, "oitr", true},   // croitr-a
    {fr, "cr", false},    // consacr-ait
    {fr, "aincr", true},  // vaincr-ait, convaincr-a
    {fr, "pr", false},    // "pr-ions" is prier's present
    {fr, "mpr", true},    // rompr-ait, interrompr-a
    {fr, "br", false},    // célébr-ait
    {fr, "gr", false},    // intégr-ait
    {fr, "fr", false},    // offr-ait, souffr-ait, "fr-ont" (front)
};

// Whole stems against their rule's verdict.
constexpr StemException kStemExceptions[] = {
    // future stems the "ur" rule refuses
    {fr, "aur", true}, {fr, "saur", true}, {fr, "conclur", true}, {fr, "exclur", true},
    {fr, "inclur", true},
    // imperfect / simple past of "-irer" verbs: tir-ait, not a future
    {fr, "tir", false}, {fr, "attir", false}, {fr, "retir", false}, {fr, "étir", false},
    {fr, "soutir", false}, {fr, "aspir", false}, {fr, "inspir", false}, {fr, "expir", false},
    {fr, "respir", false}, {fr, "transpir", false}, {fr, "conspir", false},
    {fr, "admir", false}, {fr, "désir", false}, {fr, "vir", false}, {fr, "chavir", false},
    {fr, "soupir", false}, {fr, "délir", false}, {fr, "cir", false}, {fr, "mir", false},
    {fr, "empir", false},
    // "-rrer" verbs: serr-ait
    {fr, "serr", false}, {fr, "desserr", false}, {fr, "resserr", false}, {fr, "enserr", false},
    {fr, "enterr", false}, {fr, "déterr", false}, {fr, "atterr", false}, {fr, "barr", false},
    {fr, "débarr", false}, {fr, "bourr", false}, {fr, "fourr", false}, {fr, "ferr", false},
    {fr, "beurr", false}, {fr, "narr", false}, {fr, "err", false},
    // "-drer" verbs: cadr-ait
    {fr, "cadr", false}, {fr, "encadr", false}, {fr, "recadr", false}, {fr, "poudr", false},
    {fr, "saupoudr", false},
    // "-vrer" verbs and the imperfect of "ouvrir", "couvrir": livr-ait, ouvr-ait
    {fr, "livr", false}, {fr, "délivr", false}, {fr, "ouvr", false}, {fr, "rouvr", false},
    {fr, "entrouvr", false}, {fr, "couvr", false}, {fr, "découvr", false},
    {fr, "recouvr", false}, {fr, "redécouvr", false}, {fr, "œuvr", false},
    {fr, "manœuvr", false}, {fr, "navr", false}, {fr, "enivr", false}, {fr, "sevr", false},
    {fr, "poivr", false}, {fr, "cuivr", false}, {fr, "givr", false},
    // the noun "attrait" (attr-ait would be a "ttr" stem)
    {fr, "attr", false},
};

// Auxiliaries of the periphrastic future.  "va investir" is planned as
// "investira" and "will invest" are; "doit entrer en service" is expected,
// as "is due to" is.
constexpr Periphrasis kPeriphrases[] = {
    {fr, "va", planned},    {fr, "vont", planned},     {fr, "allait", planned},
    {fr, "allaient", planned}, {fr, "doit", expected}, {fr, "doivent", expected},
};

// Adverbs allowed between the auxiliary and the infinitive (besides any word
// in "-ment"): "va bientôt ouvrir", "doit encore être approuvé".
constexpr std::string_view kAdverbs[] = {"aussi", "encore", "bientôt", "déjà", "enfin",
                                         "désormais", "ainsi", "toutefois", "donc", "aussitôt",
                                         "alors", "également"};

constexpr FunctionWord kFunctionWords[] = {
    {fr, "le"},  {fr, "la"},   {fr, "les"},   {fr, "l"},    {fr, "un"},    {fr, "une"},
    {fr, "des"}, {fr, "du"},   {fr, "de"},    {fr, "d"},    {fr, "au"},    {fr, "aux"},
    {fr, "en"},  {fr, "a"},    {fr, "et"},    {fr, "ou"},   {fr, "son"},   {fr, "sa"},
    {fr, "ses"}, {fr, "leur"}, {fr, "leurs"}, {fr, "ce"},   {fr, "cet"},   {fr, "cette"},
    {fr, "ces"}, {fr, "sur"},  {fr, "pour"},  {fr, "par"},  {fr, "dans"},  {fr, "avec"},
    {fr, "qui"}, {fr, "que"},  {fr, "qu"},    {fr, "il"},   {fr, "elle"},  {fr, "ils"},
    {fr, "elles"}, {fr, "on"}, {fr, "hier"},
    {en, "a"},   {en, "an"},   {en, "the"},   {en, "of"},   {en, "in"},    {en, "on"},
    {en, "at"},  {en, "to"},   {en, "for"},   {en, "from"}, {en, "by"},    {en, "with"},
    {en, "and"}, {en, "or"},   {en, "its"},   {en, "his"},  {en, "her"},   {en, "their"},
    {en, "this"}, {en, "that"}, {en, "these"}, {en, "those"}, {en, "s"},   {en, "it"},
    {en, "they"}, {en, "he"},  {en, "she"},
};

}  // namespace

std::span<const Conjugation> conjugations() {
    return kConjugations;
}

std::span<const StemRule> stem_rules() {
    return kStemRules;
}

std::span<const StemException> stem_exceptions() {
    return kStemExceptions;
}

std::span<const Periphrasis> periphrases() {
    return kPeriphrases;
}

std::span<const std::string_view> periphrasis_adverbs() {
    return kAdverbs;
}

std::span<const FunctionWord> function_words() {
    return kFunctionWords;
}

std::span<const ModalityCue> modality_cues() {
    return kCues;
}

std::span<const ClauseMarker> clause_markers() {
    return kClauseMarkers;
}

std::span<const Elision> elisions() {
    return kElisions;
}

}  // namespace factdb
