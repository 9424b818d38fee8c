#include "coding.h"

#include <cstring>

namespace rolegraph::index::coding {

void PutVarint(std::string* dst, uint64_t v) {
  while (v >= 0x80) {
    dst->push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  dst->push_back(static_cast<char>(v));
}

void PutString(std::string* dst, std::string_view s) {
  PutVarint(dst, s.size());
  dst->append(s);
}

void PutFloat(std::string* dst, float f) {
  char buf[sizeof f];
  std::memcpy(buf, &f, sizeof f);
  dst->append(buf, sizeof f);
}

void PutBigEndian32(std::string* dst, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) dst->push_back(static_cast<char>((v >> shift) & 0xff));
}

uint32_t GetBigEndian32(std::string_view src) {
  if (src.size() < 4) return 0;
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<uint8_t>(src[i]);
  return v;
}

bool Decoder::Varint(uint64_t* v) {
  uint64_t result = 0;
  for (int shift = 0; ok_ && shift <= 63; shift += 7) {
    if (in_.empty()) break;
    uint8_t byte = static_cast<uint8_t>(in_[0]);
    in_.remove_prefix(1);
    result |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80)) {
      *v = result;
      return true;
    }
  }
  ok_ = false;
  return false;
}

bool Decoder::Varint32(uint32_t* v) {
  uint64_t x = 0;
  if (!Varint(&x) || x > UINT32_MAX) return ok_ = false;
  *v = static_cast<uint32_t>(x);
  return true;
}

bool Decoder::String(std::string* s) {
  uint64_t n = 0;
  if (!Varint(&n) || n > in_.size()) return ok_ = false;
  s->assign(in_.data(), n);
  in_.remove_prefix(n);
  return true;
}

bool Decoder::Float(float* f) {
  if (!ok_ || in_.size() < sizeof(float)) return ok_ = false;
  std::memcpy(f, in_.data(), sizeof(float));
  in_.remove_prefix(sizeof(float));
  return true;
}

bool Decoder::Bool(bool* b) {
  uint64_t x = 0;
  if (!Varint(&x)) return false;
  *b = x != 0;
  return true;
}

std::string EncodeMeta(const DocumentMeta& m) {
  std::string out;
  PutString(&out, m.id);
  PutString(&out, m.title);
  PutString(&out, m.lang);
  PutString(&out, m.source);
  PutString(&out, m.hash);
  PutVarint(&out, static_cast<uint64_t>(m.updated_at));
  PutVarint(&out, m.bytes);
  PutVarint(&out, m.sentences);
  PutVarint(&out, m.facts);
  return out;
}

bool DecodeMeta(std::string_view in, DocumentMeta* m) {
  Decoder d(in);
  uint64_t updated = 0;
  d.String(&m->id) && d.String(&m->title) && d.String(&m->lang) && d.String(&m->source) &&
      d.String(&m->hash) && d.Varint(&updated) && d.Varint(&m->bytes) && d.Varint32(&m->sentences) &&
      d.Varint32(&m->facts);
  m->updated_at = static_cast<int64_t>(updated);
  return d.ok();
}

std::string EncodeSentence(const SentenceRecord& s) {
  std::string out;
  PutString(&out, s.doc_id);
  PutVarint(&out, s.index);
  PutVarint(&out, s.begin);
  PutVarint(&out, s.end);
  PutVarint(&out, static_cast<uint8_t>(s.lang));
  PutVarint(&out, (s.heading ? 1 : 0) | (s.boilerplate ? 2 : 0));
  PutVarint(&out, s.terms.size());
  uint32_t last = s.begin;
  for (const auto& t : s.terms) {
    PutString(&out, t.term);
    PutVarint(&out, t.begin - last);  // delta-coded offsets keep records small
    PutVarint(&out, t.end - t.begin);
    PutVarint(&out, t.stop ? 1 : 0);
    last = t.begin;
  }
  PutVarint(&out, s.mentions.size());
  for (const auto& m : s.mentions) {
    PutString(&out, m.role_id);
    PutVarint(&out, m.first_token);
    PutVarint(&out, m.last_token);
    PutVarint(&out, (m.pronoun ? 1 : 0) | (m.denied ? 2 : 0) | (m.agent ? 4 : 0));
  }
  PutString(&out, s.focus_role);
  PutFloat(&out, s.focus_confidence);
  return out;
}

bool DecodeSentence(std::string_view in, SentenceRecord* s) {
  Decoder d(in);
  uint64_t lang = 0, flags = 0, n = 0;
  d.String(&s->doc_id) && d.Varint32(&s->index) && d.Varint32(&s->begin) && d.Varint32(&s->end) &&
      d.Varint(&lang) && d.Varint(&flags) && d.Varint(&n);
  if (!d.ok() || n > in.size()) return false;
  s->lang = static_cast<Lang>(lang);
  s->heading = flags & 1;
  s->boilerplate = flags & 2;
  s->terms.resize(n);
  uint32_t last = s->begin;
  for (auto& t : s->terms) {
    uint32_t delta = 0, len = 0;
    if (!(d.String(&t.term) && d.Varint32(&delta) && d.Varint32(&len) && d.Bool(&t.stop))) return false;
    t.slot = TermSlot(t.term);
    t.begin = last + delta;
    t.end = t.begin + len;
    last = t.begin;
  }
  if (!d.Varint(&n) || n > in.size()) return false;
  s->mentions.resize(n);
  for (auto& m : s->mentions) {
    uint32_t mflags = 0;
    if (!(d.String(&m.role_id) && d.Varint32(&m.first_token) && d.Varint32(&m.last_token) &&
          d.Varint32(&mflags)) || mflags > 7)
      return false;
    m.pronoun = mflags & 1;
    m.denied = mflags & 2;
    m.agent = mflags & 4;
  }
  d.String(&s->focus_role) && d.Float(&s->focus_confidence);
  return d.ok();
}

std::string EncodeRole(const RoleRecord& r) {
  std::string out;
  PutString(&out, r.id);
  PutString(&out, r.name);
  PutString(&out, r.kind);
  PutVarint(&out, r.aliases.size());
  for (const auto& a : r.aliases) PutString(&out, a);
  PutVarint(&out, r.mentions);
  PutVarint(&out, r.facts);
  return out;
}

bool DecodeRole(std::string_view in, RoleRecord* r) {
  Decoder d(in);
  uint64_t n = 0;
  if (!(d.String(&r->id) && d.String(&r->name) && d.String(&r->kind) && d.Varint(&n)) || n > in.size())
    return false;
  r->aliases.resize(n);
  for (auto& a : r->aliases)
    if (!d.String(&a)) return false;
  d.Varint32(&r->mentions) && d.Varint32(&r->facts);
  return d.ok();
}

std::string EncodeFact(const FactRecord& f) {
  std::string out;
  PutString(&out, f.role_id);
  PutString(&out, f.predicate);
  PutString(&out, f.object);
  PutString(&out, f.object_role_id);
  PutString(&out, f.doc_id);
  PutVarint(&out, f.sentence);
  PutVarint(&out, f.begin);
  PutVarint(&out, f.end);
  PutVarint(&out, f.object_begin);
  PutVarint(&out, f.object_end);
  PutFloat(&out, f.confidence);
  // Flags last: records written before they existed decode as affirmed and current.
  PutVarint(&out, (f.negated ? 1u : 0u) | (f.current ? 0u : 2u));
  return out;
}

bool DecodeFact(std::string_view in, FactRecord* f) {
  Decoder d(in);
  d.String(&f->role_id) && d.String(&f->predicate) && d.String(&f->object) &&
      d.String(&f->object_role_id) && d.String(&f->doc_id) && d.Varint32(&f->sentence) &&
      d.Varint32(&f->begin) && d.Varint32(&f->end) && d.Varint32(&f->object_begin) &&
      d.Varint32(&f->object_end) && d.Float(&f->confidence);
  uint32_t flags = 0;
  if (d.ok() && !d.done()) d.Varint32(&flags);
  f->negated = (flags & 1u) != 0;
  f->current = (flags & 2u) == 0;
  return d.ok();
}

std::string EncodeStats(const CorpusStats& s) {
  std::string out;
  PutVarint(&out, s.documents);
  PutVarint(&out, s.sentences);
  PutVarint(&out, s.terms);
  PutVarint(&out, s.facts);
  PutVarint(&out, s.bytes);
  return out;
}

bool DecodeStats(std::string_view in, CorpusStats* s) {
  Decoder d(in);
  d.Varint(&s->documents) && d.Varint(&s->sentences) && d.Varint(&s->terms) && d.Varint(&s->facts) &&
      d.Varint(&s->bytes);
  return d.ok();
}

}  // namespace rolegraph::index::coding
