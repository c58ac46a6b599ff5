import { OptionsApp } from '@/components/options/OptionsApp';

/** The options page: the user's alignment documents; everything it shows lives in components/options. */
export default function App() {
  return <OptionsApp />;
}
