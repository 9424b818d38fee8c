// The Xapian baseline RoleGraph is measured against: the same corpus indexed
// with sentences as documents, each sentence stemmed with the Snowball stemmer
// of its language (English or Indonesian, picked by stop-word counts), and the
// same questions run as ranked OR queries parsed with both stemmers.
//
//   xapian_baseline index DB_DIR CORPUS_DIR      (*.txt and *.md, recursively)
//   xapian_baseline query DB_DIR QUESTIONS_FILE [--reps N] [--top N]
//
// Each prints one JSON object on stdout, shaped like rolegraph_bench's.
// A sentence document stores "doc_id \t sentence \t start \t end \t text" as
// its data (what a citation needs) and a boolean Q<doc_id> term (what
// replacing or deleting one document needs), so both sides keep comparable
// information. Positions are indexed, as TermGenerator does by default.
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

double MillisSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Function words only: enough to tell the two languages apart and to keep
// the question words that carry no meaning out of the queries.
const char* const kEnglishStops[] = {
    "a",     "an",   "the",  "is",    "are",   "was", "were", "be",   "been",  "to",
    "of",    "and",  "or",   "in",    "on",    "for", "with", "by",   "at",    "from",
    "as",    "that", "this", "these", "it",    "its", "who",  "what", "which", "does",
    "do",    "did",  "how",  "whom",  "whose", "he",  "she",  "they", "his",   "her",
    "their", "also", "not",  "can",   "will",  "has", "have", "our",  "your",  "you"};
const char* const kIndonesianStops[] = {
    "yang",   "dan",       "di",       "ke",     "dari",    "untuk", "dengan", "ini",
    "itu",    "adalah",    "atau",     "pada",   "dalam",   "oleh",  "juga",   "siapa",
    "apa",    "bagaimana", "tersebut", "akan",   "sebagai", "tidak", "ada",    "dia",
    "ia",     "mereka",    "seorang",  "bisa",   "dapat",   "para",  "bahwa",  "karena",
    "sering", "satu",      "lain",     "kepada", "atas",    "sama"};

enum class Lang { kEnglish, kIndonesian };

class Languages {
 public:
  Languages() : en_stem_("english"), id_stem_("indonesian") {
    for (const char* w : kEnglishStops) {
      en_words_.insert(w);
      en_stopper_.add(w);
    }
    for (const char* w : kIndonesianStops) {
      id_words_.insert(w);
      id_stopper_.add(w);
    }
  }

  // The language with more stop words in `text`; ties go to `fallback`.
  Lang Detect(std::string_view text, Lang fallback) const {
    int en = 0, id = 0;
    std::string word;
    auto flush = [&] {
      if (word.empty()) return;
      en += en_words_.count(word);
      id += id_words_.count(word);
      word.clear();
    };
    for (char c : text) {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      } else {
        flush();
      }
    }
    flush();
    if (en == id) return fallback;
    return en > id ? Lang::kEnglish : Lang::kIndonesian;
  }

  const Xapian::Stem& stem(Lang lang) const { return lang == Lang::kEnglish ? en_stem_ : id_stem_; }
  const Xapian::Stopper* stopper(Lang lang) const {
    return lang == Lang::kEnglish ? &en_stopper_ : &id_stopper_;
  }

 private:
  Xapian::Stem en_stem_, id_stem_;
  Xapian::SimpleStopper en_stopper_, id_stopper_;
  std::unordered_set<std::string> en_words_, id_words_;
};

struct Span {
  size_t begin, end;
};

// Lines, and inside a line breaks after . ! ? followed by a space; trimmed,
// empty spans dropped.
std::vector<Span> SplitSentences(const std::string& text) {
  std::vector<Span> spans;
  auto push = [&](size_t b, size_t e) {
    while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
    if (e > b) spans.push_back({b, e});
  };
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      push(start, i);
      start = i + 1;
    } else if ((c == '.' || c == '!' || c == '?') && i + 1 < text.size() && text[i + 1] == ' ') {
      push(start, i + 1);
      start = i + 1;
    }
  }
  push(start, text.size());
  return spans;
}

std::vector<fs::path> ListFiles(const fs::path& root) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    const auto ext = entry.path().extension();
    if (ext == ".txt" || ext == ".md") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

int Index(const std::string& db_dir, const std::string& corpus) {
  const auto start = Clock::now();
  const Languages languages;
  Xapian::WritableDatabase db(db_dir, Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator generator;
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  generator.set_stopper_strategy(Xapian::TermGenerator::STOP_STEMMED);
  uint64_t documents = 0, sentences = 0, bytes = 0;
  for (const auto& path : ListFiles(corpus)) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    const std::string doc_id = path.stem().string();
    const Lang doc_lang = languages.Detect(text, Lang::kEnglish);
    const std::vector<Span> spans = SplitSentences(text);
    for (size_t i = 0; i < spans.size(); ++i) {
      const std::string_view sentence(text.data() + spans[i].begin, spans[i].end - spans[i].begin);
      const Lang lang = languages.Detect(sentence, doc_lang);
      Xapian::Document doc;
      generator.set_stemmer(languages.stem(lang));
      generator.set_stopper(languages.stopper(lang));
      generator.set_document(doc);
      generator.index_text(Xapian::Utf8Iterator(sentence.data(), sentence.size()));
      doc.add_boolean_term("Q" + doc_id);
      doc.set_data(doc_id + "\t" + std::to_string(i) + "\t" + std::to_string(spans[i].begin) +
                   "\t" + std::to_string(spans[i].end) + "\t" + std::string(sentence));
      db.add_document(doc);
      ++sentences;
    }
    ++documents;
    bytes += text.size();
  }
  db.commit();
  db.close();
  std::printf("{\"documents\": %lu, \"sentences\": %lu, \"bytes\": %lu, \"seconds\": %.3f}\n",
              static_cast<unsigned long>(documents), static_cast<unsigned long>(sentences),
              static_cast<unsigned long>(bytes), MillisSince(start) / 1000.0);
  return 0;
}

double Percentile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  size_t rank = static_cast<size_t>(p / 100.0 * sorted.size() + 0.999999);
  rank = std::clamp<size_t>(rank, 1, sorted.size());
  return sorted[rank - 1];
}

int Query(const std::string& db_dir, const std::string& questions_path, int reps, int top) {
  const auto process_start = Clock::now();
  std::vector<std::string> questions;
  std::ifstream in(questions_path);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') questions.push_back(line);
  }
  const Languages languages;
  Xapian::Database db(db_dir);
  Xapian::Enquire enquire(db);
  // Parsed with each stemmer, joined by OR: neither side knows the
  // question's language for sure, as with RoleGraph's cross-lingual search.
  Xapian::QueryParser parsers[2];
  const Lang langs[2] = {Lang::kEnglish, Lang::kIndonesian};
  for (int i = 0; i < 2; ++i) {
    parsers[i].set_database(db);
    parsers[i].set_stemmer(languages.stem(langs[i]));
    parsers[i].set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parsers[i].set_stopper(languages.stopper(langs[i]));
    parsers[i].set_default_op(Xapian::Query::OP_OR);
  }
  size_t answered = 0;
  auto ask = [&](const std::string& question) {
    const Xapian::Query query(Xapian::Query::OP_OR, parsers[0].parse_query(question),
                              parsers[1].parse_query(question));
    enquire.set_query(query);
    const Xapian::MSet mset = enquire.get_mset(0, top);
    size_t data_bytes = 0;  // citations need the stored sentence
    for (auto it = mset.begin(); it != mset.end(); ++it)
      data_bytes += it.get_document().get_data().size();
    return data_bytes;
  };
  double first_answer_ms = 0;
  for (size_t q = 0; q < questions.size(); ++q) {
    if (ask(questions[q]) > 0) ++answered;
    if (q == 0) first_answer_ms = MillisSince(process_start);
  }
  std::vector<double> samples;
  const auto timed_start = Clock::now();
  for (int rep = 0; rep < reps; ++rep) {
    for (const auto& question : questions) {
      const auto start = Clock::now();
      ask(question);
      samples.push_back(MillisSince(start));
    }
  }
  const double total_ms = MillisSince(timed_start);
  std::sort(samples.begin(), samples.end());
  double sum = 0;
  for (double s : samples) sum += s;
  std::printf(
      "{\"questions\": %zu, \"reps\": %d, \"samples\": %zu, \"answered\": %zu, "
      "\"first_answer_ms\": %.3f, \"qps_one_thread\": %.1f,\n"
      " \"p50_ms\": %.4f, \"p90_ms\": %.4f, \"p99_ms\": %.4f, \"max_ms\": %.4f, \"mean_ms\": "
      "%.4f}\n",
      questions.size(), reps, samples.size(), answered, first_answer_ms,
      samples.size() / (total_ms / 1000.0), Percentile(samples, 50), Percentile(samples, 90),
      Percentile(samples, 99), samples.back(), sum / samples.size());
  return 0;
}

int Usage() {
  std::cerr << "usage: xapian_baseline index DB_DIR CORPUS_DIR\n"
               "       xapian_baseline query DB_DIR QUESTIONS_FILE [--reps N] [--top N]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) return Usage();
  const std::string command = argv[1];
  try {
    if (command == "index" && argc == 4) return Index(argv[2], argv[3]);
    if (command == "query") {
      int reps = 50, top = 10;
      for (int i = 4; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--reps")
          reps = std::max(1, std::atoi(argv[i + 1]));
        else if (flag == "--top")
          top = std::max(1, std::atoi(argv[i + 1]));
        else
          return Usage();
      }
      return Query(argv[2], argv[3], reps, top);
    }
  } catch (const Xapian::Error& e) {
    std::cerr << "xapian_baseline: " << e.get_description() << std::endl;
    return 1;
  }
  return Usage();
}
