// The engine's franc (trigram tables built on first use) answers exactly as the franc package does.
import { readFileSync } from 'node:fs';
import { franc as francPackage } from 'franc';
import { describe, expect, it } from 'vitest';
import { franc } from '../../lib/engine/franc';

const corpus = JSON.parse(readFileSync(new URL('../fixtures/texts/corpus.json', import.meta.url), 'utf8')) as string[];

/** The two questions language.ts asks. */
const QUESTIONS = [
  { only: ['rus', 'ukr', 'bel'], minLength: 20 },
  { only: ['eng', 'spa', 'fra', 'deu', 'ita', 'por', 'nld', 'tur', 'pol'], minLength: 20 },
];

const SAMPLES = [
  'Привіт, команда! Ми плануємо запуск у Києві наступного тижня, і хочемо обговорити бюджет.',
  'Добры дзень! Мы плануем запуск у Мінску на наступным тыдні і хочам абмеркаваць бюджэт.',
  'Здравствуйте, коллеги! Запускаем рекламу в Москве на следующей неделе, бюджет согласован.',
  'Hola equipo, lanzamos la campaña en Madrid la próxima semana con un presupuesto de diez mil euros.',
  'Bonjour à tous, nous lançons la campagne à Paris la semaine prochaine avec un budget serré.',
  'Hallo zusammen, wir starten die Kampagne nächste Woche in Berlin mit einem kleinen Budget.',
  'Ciao a tutti, lanciamo la campagna a Milano la prossima settimana con un budget ridotto.',
  'Olá equipe, lançamos a campanha em Lisboa na próxima semana com um orçamento pequeno.',
  'Hallo allemaal, we lanceren de campagne volgende week in Amsterdam met een klein budget.',
  'Merhaba ekip, kampanyayı gelecek hafta İstanbul’da küçük bir bütçeyle başlatıyoruz.',
  'Cześć wszystkim, uruchamiamy kampanię w Warszawie w przyszłym tygodniu z małym budżetem.',
  'We launch the campaign in Dubai next week with a modest budget and a trust-first tone.',
  '我们下周在上海推出活动，预算很少，语气要温和。这是一个测试句子。',
  'مرحبا بالجميع، نطلق الحملة في دبي الأسبوع المقبل بميزانية متواضعة.',
  '1234567890 1234567890 1234567890 !!! ??? ...',
  'short',
  'Ukrainian and English mixed: привіт, як справи? Everything is fine, дякую!',
  'ЗАГЛАВНЫМИ БУКВАМИ ПИШЕМ ТОЛЬКО ЗАГОЛОВКИ, А ТЕКСТ — ОБЫЧНЫМИ',
  '   пробелы   и\tтабуляции\nи переводы строк   в тексте на русском языке  ',
  'x'.repeat(3000),
  `${'Привіт, друзі! '.repeat(200)}`,
];

describe('franc', () => {
  const texts = [...SAMPLES, ...corpus, ...corpus.flatMap((t) => t.split(/(?<=[.!?])\s+/))];

  it.each(QUESTIONS.map((q, i) => [i, q] as const))('answers question %i as the franc package on every sample', (_, q) => {
    const differ = texts.filter((t) => franc(t, q) !== francPackage(t, { only: [...q.only], minLength: q.minLength }));
    expect(differ).toEqual([]);
  });

  it('tells Ukrainian and Spanish apart from Russian and English', () => {
    expect(franc(SAMPLES[0]!, QUESTIONS[0]!)).toBe('ukr');
    expect(franc(SAMPLES[2]!, QUESTIONS[0]!)).toBe('rus');
    expect(franc(SAMPLES[3]!, QUESTIONS[1]!)).toBe('spa');
    expect(franc(SAMPLES[11]!, QUESTIONS[1]!)).toBe('eng');
    expect(franc('short', QUESTIONS[1]!)).toBe('und');
  });
});
