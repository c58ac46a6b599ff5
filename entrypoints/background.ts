export default defineBackground(() => {
  // The background only wires extension events; checking happens in lib/engine.
});
