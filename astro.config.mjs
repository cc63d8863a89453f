// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';

export default defineConfig({
  output: 'static',
  site: 'https://service-dojo.example',
  trailingSlash: 'ignore',
  integrations: [mdx(), react()],
  server: { host: '127.0.0.1', port: 4321 },
});
