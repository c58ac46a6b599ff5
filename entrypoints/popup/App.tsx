// Placeholder popup: the real one (document status, per-site switches) comes in its own issue.
export default function App() {
  return (
    <main style={{ width: 320, padding: 16, fontFamily: 'system-ui, sans-serif' }}>
      <h1 style={{ fontSize: 18, margin: '0 0 8px' }}>Accord</h1>
      <p style={{ margin: 0, lineHeight: 1.4 }}>
        Accord checks briefs and emails against your alignment document.
      </p>
    </main>
  );
}
