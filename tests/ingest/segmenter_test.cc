// Sentence segmentation through Analyzer::Analyze: exact sentence texts and
// heading flags for the shapes our documents have.

#include <string>
#include <vector>

#include "ingest/analyzer_test_util.h"

namespace rolegraph::ingest {
namespace {

using testing::SentenceTexts;
using testing::SharedAnalyzer;
using testing::Slice;

struct SegmentCase {
  const char* name;
  std::string text;
  std::vector<std::string> sentences;
};

TEST_CASE("segmentation: sentence texts") {
  const std::vector<SegmentCase> cases = {
      {"line breaks end sentences, empty lines give none",
       "CTO vs CIO\n\nCIO adalah posisi. CTO juga.\n",
       {"CTO vs CIO", "CIO adalah posisi.", "CTO juga."}},
      {"double full stop",
       "Dua posisi berbeda yang memiliki uraian tugas berbeda..\nCIO bertanggung jawab.",
       {"Dua posisi berbeda yang memiliki uraian tugas berbeda..", "CIO bertanggung jawab."}},
      {"double full stop inside a line",
       "Ini berfungsi.. Fokus utama CIO adalah internal.",
       {"Ini berfungsi..", "Fokus utama CIO adalah internal."}},
      {"heading without full stop",
       "Difference between CEO, CPO and CMO\nIn the office world, there are elements.",
       {"Difference between CEO, CPO and CMO", "In the office world, there are elements."}},
      {"numbered heading stays one sentence", "1. CEO\n\nAccording to Investopedia, CEO is the top.",
       {"1. CEO", "According to Investopedia, CEO is the top."}},
      {"hash numbered heading", "#1 CIO dan CMO Berkolaborasi Menjadi Divisi Marketing Tech\nLebih tepatnya.",
       {"#1 CIO dan CMO Berkolaborasi Menjadi Divisi Marketing Tech", "Lebih tepatnya."}},
      {"indented list items, one sentence each",
       "  1. Manage product team\n  2. Running customer service\n  3. Define product vision\n",
       {"1. Manage product team", "2. Running customer service", "3. Define product vision"}},
      {"domains do not split",
       "Menurut Dion seperti yang dikutip dari www.zdnet.com, dulu CIO lewat Department TI. Saat ini berbeda.",
       {"Menurut Dion seperti yang dikutip dari www.zdnet.com, dulu CIO lewat Department TI.",
        "Saat ini berbeda."}},
      {"domain at the end of the text", "Visit our website by clicking this link: www.beadgroup.com",
       {"Visit our website by clicking this link: www.beadgroup.com"}},
      {"thousands separator", "Tahun 2016 jumlahnya sudah mencapai 3.500 aplikasi marketing. Oleh karena itu, CIO memilih.",
       {"Tahun 2016 jumlahnya sudah mencapai 3.500 aplikasi marketing.", "Oleh karena itu, CIO memilih."}},
      {"curly apostrophe", "The CEO communicates the company\u2019s vision. It\u2019s rare.",
       {"The CEO communicates the company\u2019s vision.", "It\u2019s rare."}},
      {"question then statement", "Then, what is the difference? See below!",
       {"Then, what is the difference?", "See below!"}},
      {"CRLF line ends and trailing spaces", "Sign In  \r\nRegister\r\n",
       {"Sign In", "Register"}},
      {"abbreviation does not end a sentence", "It was founded by Dr. Smith in 2001.",
       {"It was founded by Dr. Smith in 2001."}},
      {"an abbreviation behind emphasis or a bracket does not end one",
       "**Dr. Laras Wening** leads the pollen lab. The tour (Prof. Adi Nugroho) starts at ten.",
       {"**Dr. Laras Wening** leads the pollen lab.", "The tour (Prof. Adi Nugroho) starts at ten."}},
      {"Indonesian titles before a name do not end one", "Proyek dipimpin Ir. Danang Prasetyo sejak Maret.",
       {"Proyek dipimpin Ir. Danang Prasetyo sejak Maret."}},
      {"only white space", " \n\t\n", {}},
  };
  for (const SegmentCase& c : cases) {
    CAPTURE(c.name);
    CHECK(SentenceTexts(c.text) == c.sentences);
  }
}

TEST_CASE("segmentation: offsets are trimmed byte offsets into the original") {
  const std::string text = "  Halo dunia.  \n\n\u00A0Kedua kalimat.\u00A0";
  const auto sentences = SharedAnalyzer().Analyze(text);
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0].begin == 2);
  CHECK(Slice(text, sentences[0].begin, sentences[0].end) == "Halo dunia.");
  CHECK(Slice(text, sentences[1].begin, sentences[1].end) == "Kedua kalimat.");
}

TEST_CASE("segmentation: heading flags") {
  struct HeadingCase {
    std::string line;
    bool heading;
  };
  const std::vector<HeadingCase> cases = {
      {"CTO vs CIO", true},
      {"1. CEO", true},
      {"marketing-tech", true},
      {"Difference between CEO, CPO and CMO", true},
      {"#3 CIO dan CMO Berkolaborasi Sesuai dengan Tanggung Jawabnya", true},
      {"  5. Oversee product design", false},  // indented: a list item, not a section
      // A bulleted item is a duty or a requirement, however short.
      {"- Weigh the parcels and print their labels", false},
      {"* Menimbang paket dan mencetak labelnya", false},
      {"\u2022 Order spare fuses for the stage lights", false},
      {"What is the difference between CEO, CPO, and CMO in the office world?", false},
      {"They are responsible for making decisions for the sustainability of the company.", false},
      {"This line has far too many words to be a heading even though it lacks any final stop", false},
  };
  for (const HeadingCase& c : cases) {
    CAPTURE(c.line);
    const auto sentences = SharedAnalyzer().Analyze(c.line + "\nA following paragraph ends here.");
    REQUIRE(sentences.size() == 2);
    CHECK(sentences[0].heading == c.heading);
    CHECK_FALSE(sentences[1].heading);
  }
}

TEST_CASE("segmentation: a sentence inside a paragraph is never a heading") {
  const auto sentences = SharedAnalyzer().Analyze("CIO bertanggung jawab. Ini juga mencakup kemampuan");
  REQUIRE(sentences.size() == 2);
  CHECK_FALSE(sentences[0].heading);
  CHECK_FALSE(sentences[1].heading);
}

TEST_CASE("segmentation: corpus document 002 keeps its numbered sections") {
  const std::string text = testing::ReadCorpusFile("002_4cf627274d26885a.txt");
  std::vector<std::string> headings;
  for (const AnalyzedSentence& s : SharedAnalyzer().Analyze(text)) {
    if (s.heading) headings.push_back(Slice(text, s.begin, s.end));
  }
  CHECK(headings == std::vector<std::string>{"Difference between CEO, CPO and CMO",
                                             "Difference between CEO, CPO and CMO", "1. CEO", "2. CPO",
                                             "3. CMO"});
}

}  // namespace
}  // namespace rolegraph::ingest
