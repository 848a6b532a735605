import { render } from 'preact';
import { OptionsPage } from './OptionsPage';
import '../../assets/base.css';

render(<OptionsPage />, document.getElementById('app')!);
